/**
 * The one path module: POSIX paths as a Dockerfile's instructions name them. Paths are absolute and
 * normalised once resolved; a segment may hold shell wildcards (`*`, `?`, `[…]`), matched segment by segment
 * as Go's filepath.Match (BuildKit's) does: a wildcard never crosses a `/`, and `*` also matches a leading dot.
 */

import picomatch from 'picomatch/posix';

const resolvedCache = new Map<string, string>();

function normalise(workdir: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${workdir.replace(/\/+$/, '')}/${path}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Joins and normalises a path against a working directory (`.`/`..` resolved, no trailing slash). Remembered. */
export function resolvePath(workdir: string, path: string): string {
  if (path.startsWith('/') && !path.includes('.') && !path.includes('//') && !path.endsWith('/')) return path;
  const key = `${workdir}\u0000${path}`;
  let result = resolvedCache.get(key);
  if (result === undefined) {
    result = normalise(workdir, path);
    if (resolvedCache.size > 2000) resolvedCache.clear();
    resolvedCache.set(key, result);
  }
  return result;
}

/** The last segment of a path (`/app/dist/` → `dist`). */
export function basename(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

const wildcard = /[*?[]/;

/** Whether a path holds a shell wildcard. */
export function hasGlob(path: string): boolean {
  return wildcard.test(path);
}

const matchers = new Map<string, (path: string) => boolean>();

/** Whether a (possibly wildcard) pattern matches a path, as Go's filepath.Match does. Never throws. */
export function globMatches(pattern: string, path: string): boolean {
  if (!hasGlob(pattern)) return pattern === path;
  let matcher = matchers.get(pattern);
  if (matcher === undefined) {
    // Go negates a class with `[^…]` only; `[!…]` is a class holding `!`.
    matcher = picomatch(pattern.replaceAll('[!', '[\\!'), {dot: true, nobrace: true, noextglob: true, noglobstar: true});
    if (matchers.size > 500) matchers.clear();
    matchers.set(pattern, matcher);
  }
  return matcher(path);
}

const segmentCache = new Map<string, readonly string[]>();

/** Splits an absolute path into its segments (`/` has none). The result is shared: do not change it. */
export function pathSegments(path: string): readonly string[] {
  let segments = segmentCache.get(path);
  if (segments === undefined) {
    segments = path.split('/').filter((segment) => segment !== '');
    if (segmentCache.size > 2000) segmentCache.clear();
    segmentCache.set(path, segments);
  }
  return segments;
}

export type PathRelation =
  /** The item lies at or under the named path: copying the named path brings all of it. */
  | {kind: 'inside'; rest: string[]}
  /** The named path lies strictly under the item: only a part of the item is named. */
  | {kind: 'contains'}
  | {kind: 'none'};

const none: PathRelation = {kind: 'none'};
const contains: PathRelation = {kind: 'contains'};

function segmentsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const aWild = hasGlob(a);
  const bWild = hasGlob(b);
  if (aWild && bWild) return true; // two patterns: they may name the same entry
  if (aWild) return globMatches(a, b);
  if (bWild) return globMatches(b, a);
  return false;
}

/** Relates `itemPath` (where something lives) to `namedPath` (what a COPY, `rm` or mount names). */
export function relatePaths(itemPath: string | readonly string[], namedPath: string | readonly string[]): PathRelation {
  const item = typeof itemPath === 'string' ? pathSegments(itemPath) : itemPath;
  const named = typeof namedPath === 'string' ? pathSegments(namedPath) : namedPath;
  const common = Math.min(item.length, named.length);
  for (let i = 0; i < common; i++) if (!segmentsMatch(item[i]!, named[i]!)) return none;
  return item.length >= named.length ? {kind: 'inside', rest: item.slice(named.length)} : contains;
}

/** Whether `path` lies at or under `namedPath` (either may hold wildcards). */
export function isInside(path: string, namedPath: string): boolean {
  return relatePaths(path, namedPath).kind === 'inside';
}

/** `path` relative to `directory`, which holds it (`/app/dist/x`, `/app` → `dist/x`). */
export function relativeTo(path: string, directory: string): string {
  return directory === '/' ? path.slice(1) : path.slice(directory.length + 1);
}

/** A source that stands for a whole directory's contents: `/app/*` is `/app` (`/app/.` and `/app/` are already `/app`). */
export function wholeDirectory(source: string): string {
  return source.endsWith('/*') ? source.slice(0, -2) || '/' : source;
}

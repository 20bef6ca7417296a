/**
 * How a path where something lives relates to a path a COPY, an `rm` or a mount names. Both are absolute
 * and normalised (see `resolvePath`); either may hold shell wildcards (`*`, `?`, `[…]`) in a segment,
 * matched segment by segment as Go's filepath.Match does (a wildcard never crosses a `/`).
 */

import {resolvePath} from '../model/stageChain';

export type PathRelation =
  /** The item lies at or under the named path: copying the named path brings all of it. */
  | {kind: 'inside'; rest: string[]}
  /** The named path lies strictly under the item: only a part of the item is named. */
  | {kind: 'contains'}
  | {kind: 'none'};

const none: PathRelation = {kind: 'none'};
const contains: PathRelation = {kind: 'contains'};
const wildcard = /[*?[]/;
const compiled = new Map<string, RegExp>();

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

function segmentPattern(segment: string): RegExp {
  let pattern = compiled.get(segment);
  if (pattern === undefined) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
      const char = segment[i]!;
      if (char === '*') source += '[^/]*';
      else if (char === '?') source += '[^/]';
      else if (char === '[') {
        const end = segment.indexOf(']', i + 2);
        if (end === -1) source += '\\[';
        else {
          const body = segment.slice(i + 1, end).replace(/\\/g, '\\\\');
          source += `[${body.startsWith('!') || body.startsWith('^') ? `^${body.slice(1)}` : body}]`;
          i = end;
        }
      } else source += char.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
    try {
      pattern = new RegExp(`^${source}$`);
    } catch {
      pattern = new RegExp(`^${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    }
    if (compiled.size > 500) compiled.clear();
    compiled.set(segment, pattern);
  }
  return pattern;
}

function segmentsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const aWild = wildcard.test(a);
  const bWild = wildcard.test(b);
  if (aWild && bWild) return true; // two patterns: they may name the same entry
  if (aWild) return segmentPattern(a).test(b);
  if (bWild) return segmentPattern(b).test(a);
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

/** Whether `path` lies at or under `namedPath`. */
export function isInside(path: string, namedPath: string): boolean {
  return relatePaths(path, namedPath).kind === 'inside';
}

const resolved = new Map<string, string>();

/**
 * `resolvePath` (the stage-chain helper), remembered: the same WORKDIRs and paths come back on every
 * keystroke.
 */
export function resolveAgainst(base: string, path: string): string {
  if (path.startsWith('/') && !path.includes('.') && !path.includes('//') && !path.endsWith('/')) return path;
  const key = `${base}\u0000${path}`;
  let result = resolved.get(key);
  if (result === undefined) {
    result = resolvePath(base, path);
    if (resolved.size > 2000) resolved.clear();
    resolved.set(key, result);
  }
  return result;
}

/** Whether a path holds a shell wildcard. */
export function hasWildcard(path: string): boolean {
  return wildcard.test(path);
}

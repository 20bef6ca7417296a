import picomatch from 'picomatch/posix';

/**
 * A `.dockerignore` as BuildKit reads it: moby/patternmatcher's ignorefile.ReadAll turns lines into patterns
 * (`#` lines and blank lines dropped, whitespace trimmed, a leading `!` marks an exception, each pattern
 * cleaned like Go's path.Clean, a leading `/` removed), and PatternMatcher matches a path when the pattern
 * matches it or one of its parent directories. The glob itself is matched with picomatch, whose `*`, `?`,
 * `[…]` and whole-segment `**` mean what patternmatcher's do (a `**` inside a segment, `a**b`, is read by
 * picomatch as `*`).
 */
export interface DockerignorePattern {
  pattern: string;
  exclusion: boolean;
  line: number;
}

export interface Dockerignore {
  patterns: readonly DockerignorePattern[];
  /** Whether any pattern is an exception (`!pattern`): BuildKit then skips CopyIgnoredFile altogether. */
  hasExclusions: boolean;
}

/** Go's path.Clean for slash-separated paths. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

export function parseDockerignore(text: string): Dockerignore {
  const patterns: DockerignorePattern[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, index) => {
      if (raw.startsWith('#')) return;
      let pattern = raw.trim();
      if (pattern === '') return;
      const exclusion = pattern.startsWith('!');
      if (exclusion) pattern = pattern.slice(1).trim();
      if (pattern === '') return;
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
      patterns.push({pattern, exclusion, line: index + 1});
    });
  return {patterns, hasExclusions: patterns.some((p) => p.exclusion)};
}

const matchers = new Map<string, (path: string) => boolean>();

function matcherFor(pattern: string): (path: string) => boolean {
  let matcher = matchers.get(pattern);
  if (matcher === undefined) {
    matcher = picomatch(pattern.replaceAll('[!', '[\\!'), {dot: true, nobrace: true, noextglob: true});
    if (matchers.size > 500) matchers.clear();
    matchers.set(pattern, matcher);
  }
  return matcher;
}

/** The pattern that leaves `path` (relative to the context) out, or null (PatternMatcher.MatchesOrParentMatches). */
export function ignoredBy(dockerignore: Dockerignore, path: string): DockerignorePattern | null {
  let found: DockerignorePattern | null = null;
  const dirs = path.split('/').slice(0, -1);
  for (const pattern of dockerignore.patterns) {
    if (pattern.exclusion !== (found !== null)) continue;
    const match = matcherFor(pattern.pattern);
    const hit = match(path) || dirs.some((_, i) => match(dirs.slice(0, i + 1).join('/')));
    if (hit) found = pattern.exclusion ? null : pattern;
  }
  return found;
}

/** Whether a pattern leaves out every entry of the context root (`*`, `**`, `**\/*`), BuildKit's test for `COPY . …`. */
export function ignoresWholeContext(dockerignore: Dockerignore): boolean {
  return dockerignore.patterns.some((p) => !p.exclusion && ['*', '**', '**/*'].includes(p.pattern));
}

/**
 * BuildKit's variable expansion of one Dockerfile word: a port of the shell lexer in moby/buildkit
 * `frontend/dockerfile/shell/lex.go` (`Lex.ProcessWordWithMatches`), with the options the Dockerfile frontend
 * uses when it expands a `FROM` base name or `--platform` value: quotes are processed and removed, the escape
 * character is consumed, and a name that is not set expands to the empty string.
 *
 * What it does, as lex.go does it:
 * - `$name` and `${name}`. A name is a run of Unicode letters, digits and `_`; a run of digits (`$1`) or one
 *   special parameter character (`$@ $* $# $? $- $$ $!`) also counts as a name, which is never set in a
 *   Dockerfile and so expands to ''. A `$` followed by anything else is kept.
 * - `${name:-word}`, `${name-word}`, `${name:+word}`, `${name+word}`, `${name:?word}`, `${name?word}`;
 *   `${name#pattern}`, `${name##pattern}`, `${name%pattern}`, `${name%%pattern}`, `${name/pattern/word}`,
 *   `${name//pattern/word}`. Words and patterns are themselves expanded (quotes, escapes, nested `$`).
 * - Patterns are globs with `*` and `?` only (no `[...]` bracket expressions: `[` is literal, as in lex.go),
 *   neither matching a newline (Go regexp's `.`); `\*`, `\?` and `\\` are literal, `\}` and `\/` stand for
 *   `}` and `/`. Quoting a glob character does not make it literal.
 * - Single quotes keep everything literal; double quotes allow `$` and escape only `"`, `$` and the escape
 *   character; outside quotes the escape character (backslash, or backtick after `# escape=\``) takes the
 *   next character literally and disappears at the end of the word.
 *
 * Errors carry lex.go's own message (`syntax error: missing '}'`, `unsupported modifier (:=) in
 * substitution`, `V: is not allowed to be unset`...), without the `failed to process "<word>": ` prefix that
 * BuildKit puts in front of them. On an error the value is '', as in lex.go.
 *
 * Stagecraft adds three safety limits that BuildKit does not have, so that hostile input cannot hang or
 * crash the page: `${...}` nesting depth, the length of the expanded value, and the work spent matching
 * globs. Hitting one sets `limitExceeded` and an `error` worded as Stagecraft's, not BuildKit's.
 */

export interface ExpandResult {
  /** The expanded word with quotes removed, as BuildKit would use it. */
  value: string;
  /** Variable names the word referenced, in first-use order, deduplicated. */
  used: string[];
  /** Referenced names that were not set (not in `env`), deduplicated. */
  unset: string[];
  /** An expansion error as BuildKit words it (e.g. from `${V:?message}`), else null. */
  error: string | null;
  /**
   * True when Stagecraft stopped because the word went past one of its safety limits (nesting, result size,
   * matching work) rather than because BuildKit would reject it; `error` then explains, in Stagecraft's words.
   */
  limitExceeded: boolean;
}

/** How deeply `${...}` words may nest before Stagecraft stops (lex.go recurses without a limit). */
const maxNesting = 200;
/** The longest value, in UTF-16 code units, that an expansion may produce. */
const maxValueLength = 1 << 22;
/** Units of work (characters decoded or compared) that glob matching may spend in one call. */
const matchBudget = 20_000_000;

const EOF = -1;
const NEWLINE = 0x0a;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const DOLLAR = 0x24;
const PERCENT = 0x25;
const SINGLE_QUOTE = 0x27;
const STAR = 0x2a;
const PLUS = 0x2b;
const MINUS = 0x2d;
const SLASH = 0x2f;
const COLON = 0x3a;
const QUESTION = 0x3f;
const BACKSLASH = 0x5c;
const UNDERSCORE = 0x5f;
const BACKTICK = 0x60;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const BYTE_ORDER_MARK = 0xfeff;

/** An error lex.go reports; the message is lex.go's. */
class LexError extends Error {}
/** One of Stagecraft's own safety limits. */
class LimitError extends Error {}

const letter = /\p{L}/u;
const decimalDigit = /\p{Nd}/u;

/** Go's unicode.IsDigit. */
function isDigit(c: number): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return decimalDigit.test(String.fromCodePoint(c));
}

/** Go's unicode.IsLetter. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return letter.test(String.fromCodePoint(c));
}

/** lex.go's isSpecialParam: `@ * # ? - $ ! 0`. */
function isSpecialParam(c: number): boolean {
  return c === 0x40 || c === STAR || c === HASH || c === QUESTION || c === MINUS || c === DOLLAR || c === 0x21 || c === 0x30;
}

function charOf(c: number): string {
  return String.fromCodePoint(c);
}

/** Go's `string(rune)` / `%c`: EOF (-1) prints as U+FFFD. */
function runeText(c: number): string {
  return c === EOF ? '\uFFFD' : charOf(c);
}

/** Go's text/scanner as lex.go uses it: one code point at a time, a leading byte order mark skipped. */
class Scanner {
  private position: number;

  constructor(private readonly source: string) {
    this.position = source.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  }

  peek(): number {
    if (this.position >= this.source.length) return EOF;
    return this.source.codePointAt(this.position) ?? EOF;
  }

  next(): number {
    const c = this.peek();
    if (c !== EOF) this.position += c > 0xffff ? 2 : 1;
    return c;
  }

  get offset(): number {
    return this.position;
  }

  /** Consumes up to (not including) the next `text`, returning what it skipped; null if `text` never comes. */
  takeUntil(text: string): string | null {
    const end = this.source.indexOf(text, this.position);
    if (end === -1) return null;
    const taken = this.source.slice(this.position, end);
    this.position = end;
    return taken;
  }
}

interface Budget {
  left: number;
}

function spend(budget: Budget, units: number): void {
  budget.left -= units;
  if (budget.left < 0) {
    throw new LimitError('this word needs more glob-matching work than Stagecraft allows, so it was not expanded');
  }
}

function joined(head: string, tail: string): string {
  if (head.length + tail.length > maxValueLength) {
    throw new LimitError(`the expanded word would be longer than ${maxValueLength} characters, so it was not expanded`);
  }
  return head + tail;
}

interface Lookup {
  /** Offset in the word of the `$` that mentioned the name first. */
  at: number;
  set: boolean;
}

/** lex.go's shellWord, with the Lex options the Dockerfile frontend uses (none set). */
class ShellWord {
  private readonly scanner: Scanner;
  private rawEscapes = false;
  private nesting = 0;
  readonly lookups = new Map<string, Lookup>();

  constructor(
    word: string,
    private readonly env: ReadonlyMap<string, string>,
    private readonly escapeToken: number,
    private readonly budget: Budget,
  ) {
    this.scanner = new Scanner(word);
  }

  process(): string {
    return this.processStopOn(EOF, false);
  }

  /** Processes the word up to `stopChar` (consumed) or the end; an error if `stopChar` never comes. */
  private processStopOn(stopChar: number, rawEscapes: boolean): string {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      let result = '';
      while (this.scanner.peek() !== EOF) {
        let c = this.scanner.peek();
        if (stopChar !== EOF && c === stopChar) {
          this.scanner.next();
          return result;
        }
        if (c === DOLLAR) {
          result = joined(result, this.processDollar());
        } else if (c === SINGLE_QUOTE) {
          result = joined(result, this.processSingleQuote());
        } else if (c === DOUBLE_QUOTE) {
          result = joined(result, this.processDoubleQuote());
        } else {
          c = this.scanner.next();
          if (c === this.escapeToken) {
            if (this.rawEscapes) result += charOf(c);
            // The escape character takes the next character literally; at the end of the word it vanishes.
            c = this.scanner.next();
            if (c === EOF) break;
          }
          result += charOf(c);
        }
      }
      if (stopChar !== EOF) {
        throw new LexError(`unexpected end of statement while looking for matching ${charOf(stopChar)}`);
      }
      return result;
    } finally {
      this.rawEscapes = saved;
    }
  }

  private processSingleQuote(): string {
    this.scanner.next();
    // Everything up to the next single quote is literal; a single quote cannot be escaped inside.
    const text = this.scanner.takeUntil("'");
    if (text === null) throw new LexError('unexpected end of statement while looking for matching single-quote');
    this.scanner.next();
    return text;
  }

  private processDoubleQuote(): string {
    this.scanner.next();
    let result = '';
    for (;;) {
      const following = this.scanner.peek();
      if (following === EOF) throw new LexError('unexpected end of statement while looking for matching double-quote');
      if (following === DOUBLE_QUOTE) {
        this.scanner.next();
        return result;
      }
      if (following === DOLLAR) {
        result = joined(result, this.processDollar());
        continue;
      }
      let c = this.scanner.next();
      if (c === this.escapeToken) {
        if (this.rawEscapes) result += charOf(c);
        const escaped = this.scanner.peek();
        if (escaped === EOF) continue;
        // Only `"`, `$` and the escape character itself can be escaped; otherwise the escape stays.
        if (escaped === DOUBLE_QUOTE || escaped === DOLLAR || escaped === this.escapeToken) c = this.scanner.next();
      }
      result += charOf(c);
    }
  }

  /** A word nested in `${...}`: lex.go reports running off the end of the input as `eofMessage`. */
  private nested(stopChar: number, rawEscapes: boolean, eofMessage: string): string {
    if (this.nesting >= maxNesting) {
      throw new LimitError(`this word nests \${...} more than ${maxNesting} levels deep, so Stagecraft did not expand it`);
    }
    this.nesting++;
    try {
      return this.processStopOn(stopChar, rawEscapes);
    } catch (error) {
      if (error instanceof LexError && this.scanner.peek() === EOF) throw new LexError(eofMessage);
      throw error;
    } finally {
      this.nesting--;
    }
  }

  private processDollar(): string {
    const at = this.scanner.offset;
    this.scanner.next();

    if (this.scanner.peek() !== OPEN_BRACE) {
      const name = this.processName();
      if (name === '') return '$';
      return this.getEnv(name, at).value;
    }

    this.scanner.next();
    const first = this.scanner.peek();
    if (first === EOF) throw new LexError("syntax error: missing '}'");
    if (first === OPEN_BRACE || first === CLOSE_BRACE || first === COLON) {
      throw new LexError('syntax error: bad substitution');
    }
    const name = this.processName();
    let c = this.scanner.next();
    let modifier = runeText(c);

    if (c === CLOSE_BRACE) return this.getEnv(name, at).value;

    if (c === COLON || c === PLUS || c === MINUS || c === QUESTION || c === HASH || c === PERCENT) {
      // After `:` lex.go falls through to the modifier cases whatever the next character is.
      const nullIsUnset = c === COLON;
      if (nullIsUnset) {
        c = this.scanner.next();
        modifier += runeText(c);
      }
      const patternWord = c === HASH || c === PERCENT;
      if (nullIsUnset && patternWord) throw new LexError(`unsupported modifier (${modifier}) in substitution`);
      let word = this.nested(CLOSE_BRACE, patternWord, "syntax error: missing '}'");
      const {value, set} = this.getEnv(name, at);

      switch (c) {
        case MINUS:
          return !set || (nullIsUnset && value === '') ? word : value;
        case PLUS:
          return !set || (nullIsUnset && value === '') ? '' : word;
        case QUESTION:
          if (!set) throw new LexError(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
          if (nullIsUnset && value === '') throw new LexError(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
          return value;
        case HASH:
        case PERCENT: {
          // `##` / `%%` (the doubled character leading the expanded word) remove the longest match.
          let greedy = false;
          if (word.length > 0 && word.charCodeAt(0) === c) {
            greedy = true;
            word = word.slice(1);
          }
          return c === PERCENT ? trimSuffix(word, value, greedy, this.budget) : trimPrefix(word, value, greedy, this.budget);
        }
        default:
          throw new LexError(`unsupported modifier (${modifier}) in substitution`);
      }
    }

    if (c === SLASH) {
      const replaceAll = this.scanner.peek() === SLASH;
      if (replaceAll) this.scanner.next();
      const pattern = this.nested(SLASH, true, "syntax error: missing '/' in ${}");
      const replacement = this.nested(CLOSE_BRACE, true, "syntax error: missing '}'");
      const {value} = this.getEnv(name, at);
      return replace(pattern, replacement, value, replaceAll, this.budget);
    }

    throw new LexError(`unsupported modifier (${modifier}) in substitution`);
  }

  /** A name: letters, digits and `_`; or a run of digits; or one special parameter character. */
  private processName(): string {
    let name = '';
    while (this.scanner.peek() !== EOF) {
      const c = this.scanner.peek();
      if (name === '' && isDigit(c)) {
        while (this.scanner.peek() !== EOF && isDigit(this.scanner.peek())) name += charOf(this.scanner.next());
        return name;
      }
      if (name === '' && isSpecialParam(c)) {
        this.scanner.next();
        return charOf(c);
      }
      if (!isLetter(c) && !isDigit(c) && c !== UNDERSCORE) break;
      name += charOf(this.scanner.next());
    }
    return name;
  }

  private getEnv(name: string, at: number): {value: string; set: boolean} {
    const set = this.env.has(name);
    const value = set ? (this.env.get(name) ?? '') : '';
    const known = this.lookups.get(name);
    if (known === undefined || at < known.at) this.lookups.set(name, {at, set});
    return {value: String(value), set};
  }
}

// ---------------------------------------------------------------------------------------------------------
// Glob patterns. lex.go turns a pattern into a Go regular expression (convertShellPatternToRegex: `*` is `.*`
// or `.*?`, `?` is `.`, everything else literal) and lets Go's regexp find the match. A glob needs no general
// regex engine, and a backtracking one could take exponential time on `*a*a*a*...`, so the matching here is
// done directly: a pattern is a list of fixed-length segments (literal code points and `?`) separated by
// stars, and `*`/`?` never match a newline. For such patterns Go's leftmost-first semantics come down to:
// all-lazy stars give the shortest match from a start, all-greedy stars the longest, and the search takes
// the leftmost start that has a match.

const ANY = -2;

type Segments = number[][];

/** lex.go's convertShellPatternToRegex, producing segments; a string is its error message. */
function compilePattern(pattern: string, budget: Budget): Segments | string {
  spend(budget, pattern.length + 1);
  const scanner = new Scanner(pattern);
  let current: number[] = [];
  const segments: Segments = [current];
  for (let token = scanner.next(); token !== EOF; token = scanner.next()) {
    if (token === STAR) {
      current = [];
      segments.push(current);
      continue;
    }
    if (token === QUESTION) {
      current.push(ANY);
      continue;
    }
    if (token === BACKSLASH) {
      // `}` and `/` had to be escaped inside ${}, but the escape is not part of the pattern.
      const following = scanner.peek();
      if (following === CLOSE_BRACE || following === SLASH) continue;
      token = scanner.next();
      if (token !== STAR && token !== QUESTION && token !== BACKSLASH) return `invalid escape '\\${runeText(token)}'`;
    }
    current.push(token);
  }
  return segments;
}

function compileOrThrow(pattern: string, budget: Budget): Segments {
  const segments = compilePattern(pattern, budget);
  if (typeof segments === 'string') throw new LexError(`invalid pattern (${pattern}) in substitution: ${segments}`);
  return segments;
}

interface Decoded {
  points: number[];
  /** UTF-16 offset of each code point, plus the string's length at the end. */
  offsets: number[];
}

function decode(value: string, budget: Budget): Decoded {
  spend(budget, value.length + 1);
  const points: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < value.length;) {
    const c = value.codePointAt(i) ?? 0;
    points.push(c);
    offsets.push(i);
    i += c > 0xffff ? 2 : 1;
  }
  offsets.push(value.length);
  return {points, offsets};
}

function offsetOf(decoded: Decoded, index: number): number {
  return decoded.offsets[index] ?? 0;
}

function segmentAt(segment: readonly number[], text: readonly number[], position: number, budget: Budget): boolean {
  if (position + segment.length > text.length) {
    spend(budget, 1);
    return false;
  }
  for (let i = 0; i < segment.length; i++) {
    const token = segment[i];
    const c = text[position + i];
    if (token === ANY ? c === NEWLINE : token !== c) {
      spend(budget, i + 1);
      return false;
    }
  }
  spend(budget, segment.length + 1);
  return true;
}

/** The earliest start at or after `from` where `segment` matches with no newline in between, or -1. */
function earliest(segment: readonly number[], text: readonly number[], from: number, budget: Budget): number {
  for (let p = from; p + segment.length <= text.length; p++) {
    if (segmentAt(segment, text, p, budget)) return p;
    if (text[p] === NEWLINE) return -1;
  }
  return -1;
}

/** The first newline at or after `from`, or the end of the text. */
function lineEnd(text: readonly number[], from: number, budget: Budget): number {
  let i = from;
  while (i < text.length && text[i] !== NEWLINE) i++;
  spend(budget, i - from + 1);
  return i;
}

/** Places the middle segments as early as possible after `from`; returns where the last one may start, or -1. */
function placeMiddle(segments: Segments, text: readonly number[], from: number, budget: Budget): number {
  let end = from;
  for (let j = 1; j < segments.length - 1; j++) {
    const segment = segments[j] ?? [];
    const start = earliest(segment, text, end, budget);
    if (start < 0) return -1;
    end = start + segment.length;
  }
  return end;
}

/** Where the shortest match of the whole pattern starting at `start` ends, or -1 (lazy stars). */
function shortestMatch(segments: Segments, text: readonly number[], start: number, budget: Budget): number {
  const first = segments[0] ?? [];
  if (!segmentAt(first, text, start, budget)) return -1;
  if (segments.length === 1) return start + first.length;
  const from = placeMiddle(segments, text, start + first.length, budget);
  if (from < 0) return -1;
  const last = segments[segments.length - 1] ?? [];
  const at = earliest(last, text, from, budget);
  return at < 0 ? -1 : at + last.length;
}

/** Where the longest match of the segments after the first ends, when they start at `from`; -1 if none. */
function longestRest(segments: Segments, text: readonly number[], from: number, budget: Budget): number {
  const end = placeMiddle(segments, text, from, budget);
  if (end < 0) return -1;
  const last = segments[segments.length - 1] ?? [];
  const limit = lineEnd(text, end, budget);
  const newline = last.indexOf(NEWLINE);
  if (newline >= 0) {
    // The last segment's first newline has to sit on the first newline in the text: its place is fixed.
    const at = limit - newline;
    return at >= end && segmentAt(last, text, at, budget) ? at + last.length : -1;
  }
  for (let at = limit - last.length; at >= end; at--) {
    if (segmentAt(last, text, at, budget)) return at + last.length;
  }
  return -1;
}

/** Where the longest match of the whole pattern starting at `start` ends, or -1 (greedy stars). */
function longestMatch(segments: Segments, text: readonly number[], start: number, budget: Budget): number {
  const first = segments[0] ?? [];
  if (!segmentAt(first, text, start, budget)) return -1;
  if (segments.length === 1) return start + first.length;
  return longestRest(segments, text, start + first.length, budget);
}

/** Go's FindStringIndex for an unanchored, greedy pattern, searching from `from`: [start, end] or null. */
function findLeftmost(segments: Segments, text: readonly number[], from: number, budget: Budget): [number, number] | null {
  const first = segments[0] ?? [];
  // Once the rest of the pattern cannot match after some position, it cannot after any later position on the
  // same line either (a star could have covered the difference), so those starts are skipped.
  let hopelessUntil = -1;
  for (let start = from; start + first.length <= text.length; start++) {
    if (!segmentAt(first, text, start, budget)) continue;
    const rest = start + first.length;
    if (segments.length === 1) return [start, rest];
    if (rest <= hopelessUntil) continue;
    const end = longestRest(segments, text, rest, budget);
    if (end >= 0) return [start, end];
    hopelessUntil = lineEnd(text, rest, budget);
  }
  return null;
}

/** lex.go's trimPrefix: `${V#pattern}` and `${V##pattern}`. */
function trimPrefix(pattern: string, value: string, greedy: boolean, budget: Budget): string {
  const segments = compileOrThrow(pattern, budget);
  const decoded = decode(value, budget);
  const end = (greedy ? longestMatch : shortestMatch)(segments, decoded.points, 0, budget);
  return end < 0 ? value : value.slice(offsetOf(decoded, end));
}

/** lex.go's reversePattern: reverses the pattern, keeping each `\x` escape pair in order. */
function reversePattern(pattern: string): string {
  const chars = Array.from(pattern);
  const last = chars.length - 1;
  const out: string[] = new Array<string>(chars.length);
  for (let i = 0; i <= last;) {
    const char = chars[i] ?? '';
    const at = last - i;
    if (char === '\\' && i !== last) {
      out[at - 1] = char;
      out[at] = chars[i + 1] ?? '';
      i += 2;
    } else {
      out[at] = char;
      i++;
    }
  }
  return out.join('');
}

/**
 * lex.go's trimSuffix: `${V%pattern}` and `${V%%pattern}`, done as a prefix match of the reversed pattern on
 * the reversed value (so an invalid pattern is reported reversed, as BuildKit reports it).
 */
function trimSuffix(pattern: string, value: string, greedy: boolean, budget: Budget): string {
  const segments = compileOrThrow(reversePattern(pattern), budget);
  const decoded = decode(value, budget);
  spend(budget, decoded.points.length);
  const reversed = decoded.points.slice().reverse();
  const end = (greedy ? longestMatch : shortestMatch)(segments, reversed, 0, budget);
  return end < 0 ? value : value.slice(0, offsetOf(decoded, decoded.points.length - end));
}

/** Go's regexp template expansion for a pattern without groups: `$$` is `$`, `$0`/`${0}` the match, other names ''. */
function expandTemplate(template: string, match: string, budget: Budget): string {
  spend(budget, template.length);
  let out = '';
  let i = 0;
  for (;;) {
    const dollar = template.indexOf('$', i);
    if (dollar === -1) break;
    out += template.slice(i, dollar);
    i = dollar + 1;
    if (template.charCodeAt(i) === DOLLAR) {
      out += '$';
      i++;
      continue;
    }
    let j = i;
    const braced = template.charCodeAt(j) === OPEN_BRACE;
    if (braced) j++;
    const nameStart = j;
    while (j < template.length) {
      const c = template.codePointAt(j) ?? 0;
      if (!isLetter(c) && !isDigit(c) && c !== UNDERSCORE) break;
      j += c > 0xffff ? 2 : 1;
    }
    const name = template.slice(nameStart, j);
    if (name === '' || (braced && template.charCodeAt(j) !== CLOSE_BRACE)) {
      out += '$'; // malformed: the `$` is kept as text
      continue;
    }
    if (braced) j++;
    i = j;
    if (name === '0') out = joined(out, match);
  }
  return out + template.slice(i);
}

/** `${V/pattern/replacement}` (Go's FindStringIndex) and `${V//pattern/replacement}` (ReplaceAllString). */
function replace(pattern: string, replacement: string, value: string, all: boolean, budget: Budget): string {
  const segments = compileOrThrow(pattern, budget);
  const decoded = decode(value, budget);
  const text = decoded.points;
  const slice = (start: number, end: number): string => value.slice(offsetOf(decoded, start), offsetOf(decoded, end));

  if (!all) {
    const match = findLeftmost(segments, text, 0, budget);
    if (match === null) return value;
    return joined(joined(slice(0, match[0]), replacement), slice(match[1], text.length));
  }

  const template = replacement.includes('$');
  let out = '';
  let lastMatchEnd = 0;
  let searchPos = 0;
  while (searchPos <= text.length) {
    const match = findLeftmost(segments, text, searchPos, budget);
    if (match === null) break;
    const [start, end] = match;
    out = joined(out, slice(lastMatchEnd, start));
    // An empty match right after the previous match is not replaced again.
    if (end > lastMatchEnd || start === 0) out = joined(out, template ? expandTemplate(replacement, slice(start, end), budget) : replacement);
    lastMatchEnd = end;
    const width = searchPos < text.length ? 1 : 0;
    if (searchPos + width > end) searchPos += width;
    else if (searchPos + 1 > end) searchPos++;
    else searchPos = end;
  }
  return joined(out, slice(lastMatchEnd, text.length));
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Whether the lexer would give the word back unchanged: it holds no `$`, no quote and no escape character, and
 * does not start with a byte order mark (the scanner skips one). Most words are such, and skip the lexer.
 */
function isLiteral(word: string, escapeToken: number): boolean {
  if (typeof word !== 'string' || word.charCodeAt(0) === BYTE_ORDER_MARK) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === DOLLAR || c === SINGLE_QUOTE || c === DOUBLE_QUOTE || c === escapeToken) return false;
  }
  return true;
}

/**
 * Expands one Dockerfile word as BuildKit does (see the top of this file). `env` holds the variables in scope:
 * a name it lacks is unset, a name mapped to '' is set but empty. `escapeChar` is the Dockerfile's escape
 * character: '`' after `# escape=\``, otherwise backslash. Never throws.
 */
export function expandWord(word: string, env: ReadonlyMap<string, string>, escapeChar = '\\'): ExpandResult {
  const escapeToken = escapeChar === '`' ? BACKTICK : BACKSLASH;
  if (isLiteral(word, escapeToken)) return {value: word, used: [], unset: [], error: null, limitExceeded: false};
  let value: string;
  let error: string | null = null;
  let limitExceeded = false;
  let shell: ShellWord | null = null;
  try {
    shell = new ShellWord(String(word), env, escapeToken, {left: matchBudget});
    value = shell.process();
  } catch (caught) {
    value = '';
    if (caught instanceof LexError) {
      error = caught.message;
    } else {
      limitExceeded = true;
      error =
        caught instanceof LimitError
          ? caught.message
          : `Stagecraft could not expand this word (${caught instanceof Error ? caught.message : 'unexpected failure'})`;
    }
  }
  const lookups = shell === null ? [] : [...shell.lookups].sort((a, b) => a[1].at - b[1].at);
  return {
    value,
    used: lookups.map(([name]) => name),
    unset: lookups.filter(([, lookup]) => !lookup.set).map(([name]) => name),
    error,
    limitExceeded,
  };
}

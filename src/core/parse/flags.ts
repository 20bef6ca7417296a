import type {Flag} from '../types';
import type {Word} from './parseDockerfile';

/**
 * Removes shell-style quotes the way BuildKit's flag splitter does (`--from="build"` is `build`):
 * single quotes are literal, double quotes allow the escape character.
 */
export function unquote(value: string, escapeCharacter = '\\'): string {
  if (!/["']/.test(value) && !value.includes(escapeCharacter)) return value;
  let out = '';
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (quote === "'") {
      if (char === "'") quote = null;
      else out += char;
    } else if (char === escapeCharacter && i + 1 < value.length) {
      out += value[++i];
    } else if (quote === '"') {
      if (char === '"') quote = null;
      else out += char;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else {
      out += char;
    }
  }
  return out;
}

export interface SplitFlags {
  flags: Flag[];
  rest: Word[];
  /** Flags written without `=value` where one is needed (`--from build`). */
  problems: {flag: Flag; message: string}[];
}

/** Leading `--name[=value]` words are flags (BuildKit's extractBuilderFlags); a lone `--` ends them. */
export function splitFlags(words: Word[], escapeCharacter: string): SplitFlags {
  const flags: Flag[] = [];
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index]!;
    if (!word.value.startsWith('--')) break;
    if (word.value === '--') {
      index++;
      break;
    }
    const body = word.value.slice(2);
    const equals = body.indexOf('=');
    const name = (equals === -1 ? body : body.slice(0, equals)).toLowerCase();
    const value = equals === -1 ? null : unquote(body.slice(equals + 1), escapeCharacter);
    flags.push({name, value, range: word.range});
  }
  if (flags.length === 0) return {flags, rest: words.slice(index), problems: []};
  const problems = flags
    .filter((flag) => flag.value === null && valueFlags.has(flag.name))
    .map((flag) => ({flag, message: `missing a value on flag: --${flag.name}`}));
  return {flags, rest: words.slice(index), problems};
}

const valueFlags = new Set(['from', 'platform', 'mount', 'chown', 'chmod', 'network', 'security']);

/** Splits `type=cache,target=/x,"from=a"` like Go's encoding/csv does for `--mount` values. */
export function splitCsv(value: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (quoted) {
      if (char === '"' && value[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

/**
 * The words of an ENV, ARG or LABEL as BuildKit's parser splits them (parser/line_parsers.go `parseWords`):
 * at whitespace outside quotes, each word kept as written (quotes and escapes in it) for the lexer to read.
 */
export function splitWordsKeepingQuotes(text: string, escapeCharacter = '\\'): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote === null && /\s/.test(char)) {
      if (started) words.push(word);
      word = '';
      started = false;
      continue;
    }
    started = true;
    if (char === escapeCharacter && quote !== "'") {
      if (i + 1 === text.length) continue;
      word += char + text[++i]!;
      continue;
    }
    if (quote === null && (char === '"' || char === "'")) quote = char;
    else if (char === quote) quote = null;
    word += char;
  }
  if (started) words.push(word);
  return words;
}

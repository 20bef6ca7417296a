/**
 * Splits a RUN command into the simple commands the shell runs, as far as an estimate needs: words with
 * quotes removed, inline `NAME=value` assignments, and the files written by `>`/`>>`. It is a reading of
 * POSIX sh good enough to recognise installs and builds, not a shell: no expansion, no functions, and
 * `$(…)` and backquoted text stay inside their word.
 */

import {basename} from './paths';

export interface ShellCommand {
  /** The words of the command, quotes removed, wrappers (`sudo`, `env`, `then`, …) taken off. */
  words: string[];
  /** Assignments written before the command: `NODE_ENV=production npm ci`. */
  env: Record<string, string>;
  /** Files the command writes with `>` or `>>` (as written). */
  writes: string[];
}

const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
/** Words that only introduce the real command. */
const prefixWords = new Set(['then', 'do', 'else', 'elif', '!', '{', 'time', 'nohup', 'exec', 'command', 'builtin', 'sudo', 'env']);
const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const maxDepth = 3;

interface RawCommand {
  words: string[];
  writes: string[];
}

function isOperatorStart(char: string): boolean {
  return char === '&' || char === '|' || char === ';' || char === '\n' || char === '(' || char === ')';
}

/** Collects words and commands while `scan` reads the text. */
class Collector {
  readonly commands: RawCommand[] = [];
  words: string[] = [];
  writes: string[] = [];
  word = '';
  inWord = false;
  /** What the next word is: a command word, a file written, or something to skip (`<` input, heredoc word). */
  next: 'word' | 'write' | 'skip' = 'word';

  endWord(): void {
    if (!this.inWord) return;
    if (this.next === 'write') this.writes.push(this.word);
    else if (this.next === 'word') this.words.push(this.word);
    this.next = 'word';
    this.word = '';
    this.inWord = false;
  }

  endCommand(): void {
    this.endWord();
    if (this.words.length > 0 || this.writes.length > 0) this.commands.push({words: this.words, writes: this.writes});
    this.words = [];
    this.writes = [];
    this.next = 'word';
  }
}

/** Splits text into simple commands on `&&`, `||`, `;`, `|`, `&`, newlines and parentheses. */
function scan(text: string): RawCommand[] {
  const out = new Collector();
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\') {
      const following = text[i + 1];
      i++;
      if (following === undefined || following === '\n') continue;
      out.word += following;
      out.inWord = true;
    } else if (char === "'") {
      const end = text.indexOf("'", i + 1);
      const stop = end === -1 ? text.length : end;
      out.word += text.slice(i + 1, stop);
      out.inWord = true;
      i = stop;
    } else if (char === '"') {
      out.inWord = true;
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1]!)) {
          i++;
          if (text[i] !== '\n') out.word += text[i];
        } else {
          out.word += text[i];
        }
      }
    } else if (char === '$' && text[i + 1] === '(') {
      // `$(…)` stays in its word, nested parentheses included.
      let depth = 0;
      const start = i;
      for (i++; i < text.length; i++) {
        if (text[i] === '(') depth++;
        else if (text[i] === ')' && --depth === 0) break;
      }
      out.word += text.slice(start, i + 1);
      out.inWord = true;
    } else if (char === '`') {
      const end = text.indexOf('`', i + 1);
      const stop = end === -1 ? text.length : end;
      out.word += text.slice(i, stop + 1);
      out.inWord = true;
      i = stop;
    } else if (char === '#' && !out.inWord) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if (char === ' ' || char === '\t' || char === '\r') {
      out.endWord();
    } else if (char === '>' || char === '<') {
      // `2>`, `&>`: the descriptor number before the operator is not a word.
      if (out.inWord && /^\d+$/.test(out.word)) {
        out.word = '';
        out.inWord = false;
      } else {
        out.endWord();
      }
      let op = char;
      while (text[i + 1] === '>' || text[i + 1] === '<' || text[i + 1] === '&' || text[i + 1] === '|' || text[i + 1] === '-') {
        op += text[++i];
      }
      // `>&2` names a descriptor, not a file; `<` and `<<` read.
      out.next = op.endsWith('&') ? 'skip' : op.startsWith('>') ? 'write' : 'skip';
    } else if (char === '&' && text[i + 1] === '>') {
      out.endWord();
      i++;
      if (text[i + 1] === '>') i++;
      out.next = 'write';
    } else if (isOperatorStart(char)) {
      out.endCommand();
      if ((char === '&' || char === '|') && text[i + 1] === char) i++;
    } else {
      out.word += char;
      out.inWord = true;
    }
  }
  out.endCommand();
  return out.commands;
}

function normalise(raw: RawCommand, depth: number, out: ShellCommand[]): void {
  const env: Record<string, string> = {};
  let words = raw.words;
  let start = 0;
  for (; start < words.length; start++) {
    const word = words[start]!;
    const match = assignment.exec(word);
    if (match) {
      env[match[1]!] = match[2]!;
      continue;
    }
    if (prefixWords.has(word)) continue;
    // Flags of a wrapper (`sudo -E`, `env -i`).
    if (word.startsWith('-') && start > 0 && (words[start - 1] === 'sudo' || words[start - 1] === 'env')) continue;
    break;
  }
  words = words.slice(start);
  const first = words[0];
  if (first !== undefined && depth < maxDepth && shells.has(basename(first)) && words[1] !== undefined && /^-[a-z]*c[a-z]*$/.test(words[1])) {
    const script = words[2];
    if (script !== undefined) {
      for (const inner of scan(script)) normalise(inner, depth + 1, out);
      if (raw.writes.length > 0) out.push({words: [], env, writes: raw.writes});
      return;
    }
  }
  out.push({words, env, writes: raw.writes});
}

/** The simple commands of a RUN command text, in order. */
export function splitShellCommands(command: string): ShellCommand[] {
  const out: ShellCommand[] = [];
  for (const raw of scan(command)) normalise(raw, 0, out);
  return out;
}

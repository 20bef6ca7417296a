import {DockerfileParser, Instruction as AstInstruction, type Heredoc as AstHeredoc} from 'dockerfile-ast';
import type {SourceRange} from '../types';

/**
 * The tokenising layer: dockerfile-ast reads the text (keywords, continuations, comments, the escape
 * directive, heredocs); this module turns its objects into plain data, reading each instruction's
 * arguments exactly once, since every dockerfile-ast call re-tokenises.
 */

export interface Word {
  value: string;
  range: SourceRange;
  /**
   * The word as written, quotes and escapes kept and line continuations removed: what BuildKit's lexer
   * expands (once). dockerfile-ast's `value` has already taken some escapes out.
   */
  raw: string;
  /** What is written between the previous word and this one ('' for the first), continuations removed. */
  rawBefore: string;
}

export interface ParsedHeredoc {
  name: string;
  body: string;
  /** False when the file ends before the terminator line. */
  terminated: boolean;
  range: SourceRange;
}

export interface ParsedInstruction {
  keyword: string;
  keywordAsWritten: string;
  range: SourceRange;
  /** Argument words up to the first heredoc body (body text is in `heredocs`). */
  words: Word[];
  heredocs: ParsedHeredoc[];
  /** For ONBUILD: the trigger instruction, parsed the same way. */
  trigger: ParsedInstruction | null;
  /**
   * The comment block BuildKit's parser attaches to the instruction (`Node.PrevComment`): comment lines
   * since the previous instruction, text after `#` trimmed; blank lines keep the block, a bare `#` clears it.
   */
  comments: string[];
}

export interface ParsedDirective {
  name: string;
  value: string;
  line: number;
}

export interface ParsedFile {
  instructions: ParsedInstruction[];
  directives: ParsedDirective[];
  escapeCharacter: string;
  /** Lines with a comment (directives excluded). */
  commentCount: number;
  /**
   * Instructions with a whitespace-only line inside their continuation (BuildKit: NoEmptyContinuation), by the
   * line BuildKit reports: the instruction's last line, once per instruction (parser.go, `hasEmptyContinuationLine`).
   */
  emptyContinuationLines: number[];
  lineCount: number;
}

type AstRange = {start: {line: number; character: number}; end: {line: number; character: number}};

function toSourceRange(range: AstRange): SourceRange {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

const heredocKeywords = new Set(['RUN', 'COPY', 'ADD']);

interface HeredocCapable {
  getHeredocs(): AstHeredoc[];
}

function hasHeredocs(instruction: AstInstruction): instruction is AstInstruction & HeredocCapable {
  return typeof (instruction as unknown as Partial<HeredocCapable>).getHeredocs === 'function';
}

class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  get count(): number {
    return this.starts.length;
  }
  /** The text between two 1-based positions (end column exclusive). */
  slice(range: SourceRange): string {
    const start = (this.starts[range.line - 1] ?? 0) + range.column - 1;
    const end = (this.starts[range.endLine - 1] ?? 0) + range.endColumn - 1;
    return this.text.slice(start, end);
  }
  line(zeroBased: number): string {
    const start = this.starts[zeroBased];
    if (start === undefined) return '';
    const next = this.starts[zeroBased + 1];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/, '');
  }
}

function readHeredoc(heredoc: AstHeredoc, stripTabs: boolean, lines: LineIndex): ParsedHeredoc {
  const content = heredoc.getContentRange();
  const delimiter = heredoc.getDelimiterRange();
  const bodyLines: string[] = [];
  if (content) {
    const last = delimiter ? delimiter.start.line - 1 : content.end.line;
    for (let line = content.start.line; line <= last; line++) {
      const text = lines.line(line);
      bodyLines.push(stripTabs ? text.replace(/^\t+/, '') : text);
    }
  }
  const start = heredoc.getStartRange();
  return {
    name: heredoc.getName(),
    body: bodyLines.join('\n'),
    terminated: delimiter !== null,
    range: toSourceRange({start: start.start, end: (delimiter ?? content ?? start).end}),
  };
}

const continuationPatterns = new Map<string, RegExp>();

/** The escape character's line continuation, compiled once per character (`replace` resets a global pattern). */
function continuationPattern(escape: string): RegExp {
  let pattern = continuationPatterns.get(escape);
  if (pattern === undefined) {
    pattern = new RegExp(`${escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}[ \t]*\r?\n`, 'g');
    continuationPatterns.set(escape, pattern);
  }
  return pattern;
}

function convert(instruction: AstInstruction, lines: LineIndex, continuation: RegExp): ParsedInstruction {
  const keyword = instruction.getKeyword();
  // The base class's getArguments keeps the flags that ModifiableInstruction's override drops.
  const args = AstInstruction.prototype.getArguments.call(instruction);
  let previous: SourceRange | null = null;
  let words: Word[] = args.map((arg) => {
    const range = toSourceRange(arg.getRange());
    const gap = previous === null ? null : {line: previous.endLine, column: previous.endColumn, endLine: range.line, endColumn: range.column};
    previous = range;
    // A line continuation needs a line break, so text within one line is taken as it is.
    const rawBefore = gap === null ? '' : gap.line === gap.endLine ? lines.slice(gap) : lines.slice(gap).replace(continuation, ' ');
    const raw = range.line === range.endLine ? lines.slice(range) : lines.slice(range).replace(continuation, '');
    return {value: arg.getValue(), range, raw, rawBefore};
  });
  let heredocs: ParsedHeredoc[] = [];
  if (heredocKeywords.has(keyword) && hasHeredocs(instruction) && words.some((w) => w.value.includes('<<'))) {
    const openers = words.filter((w) => w.value.startsWith('<<'));
    const found = instruction.getHeredocs();
    heredocs = found.map((heredoc, i) => readHeredoc(heredoc, openers[i]?.value.startsWith('<<-') ?? false, lines));
    const firstBody = found.map((h) => h.getContentRange()).find((r) => r !== null);
    if (firstBody) {
      const bodyStart = firstBody.start.line + 1;
      words = words.filter((w) => w.range.line < bodyStart);
    }
  }
  let trigger: ParsedInstruction | null = null;
  if (keyword === 'ONBUILD') {
    const triggerInstruction = (instruction as AstInstruction & {getTriggerInstruction(): AstInstruction | null}).getTriggerInstruction();
    trigger = triggerInstruction ? convert(triggerInstruction, lines, continuation) : null;
  }
  return {
    keyword,
    keywordAsWritten: instruction.getInstruction(),
    range: toSourceRange(instruction.getRange()),
    words,
    heredocs,
    trigger,
    comments: [],
  };
}

function findEmptyContinuationLines(instructions: ParsedInstruction[], lines: LineIndex): number[] {
  const found: number[] = [];
  for (const instruction of instructions) {
    const {line, endLine} = instruction.range;
    if (endLine === line) continue;
    const lastLineBeforeBodies = instruction.heredocs.length > 0 ? instruction.heredocs[0]!.range.line : endLine;
    for (let n = line + 1; n < lastLineBeforeBodies; n++) {
      if (lines.line(n - 1).trim() === '') {
        found.push(lastLineBeforeBodies);
        break;
      }
    }
  }
  return found;
}

/** The last line an instruction takes, heredoc bodies and terminators included. */
function lastLineOf(instruction: ParsedInstruction): number {
  return Math.max(instruction.range.endLine, ...instruction.heredocs.map((heredoc) => heredoc.range.endLine));
}

/**
 * Attaches to each instruction the comment block BuildKit's parser gives it (parser.go `Parse`): between two
 * instructions, a comment line adds its text (after `#`, trimmed), a bare `#` clears the block, blank lines
 * change nothing. Parser directives at the top of the file are not comments.
 */
function withComments(instructions: ParsedInstruction[], lines: LineIndex, directiveLines: ReadonlySet<number>): ParsedInstruction[] {
  let previousEnd = 0;
  return instructions.map((instruction) => {
    let comments: string[] = [];
    for (let n = previousEnd + 1; n < instruction.range.line; n++) {
      const text = lines.line(n - 1);
      if (directiveLines.has(n) || !text.trimStart().startsWith('#')) continue;
      const comment = text.trimStart().slice(1).trim();
      comments = comment === '' ? [] : [...comments, comment];
    }
    previousEnd = lastLineOf(instruction);
    return comments.length === 0 ? instruction : {...instruction, comments};
  });
}

type ScanArguments = (this: AstInstruction) => unknown[];
const scannedArguments = Symbol('scanned arguments');

/**
 * dockerfile-ast scans an instruction's text again on every getArguments call, and its exec-form instructions
 * call it about five times while being built: a third of the analysis of a long file. The scan depends only on
 * the parsed text, so each instruction keeps its first scan (and every caller gets its own copy of the list,
 * which dockerfile-ast's callers shift). Installed once, for every user of dockerfile-ast in this bundle: putting
 * the original back after each parse made V8 slow down every later parse.
 */
function keepArgumentScans(): void {
  const prototype = AstInstruction.prototype as unknown as {getRawArguments: ScanArguments & {keepsScans?: true}};
  if (prototype.getRawArguments.keepsScans) return;
  const scan = prototype.getRawArguments;
  const scanOnce = function scanOnce(this: AstInstruction & {[scannedArguments]?: unknown[]}): unknown[] {
    const found = (this[scannedArguments] ??= scan.call(this));
    return found.slice();
  };
  prototype.getRawArguments = Object.assign(scanOnce, {keepsScans: true as const});
}
keepArgumentScans();

export function parseDockerfile(text: string): ParsedFile {
  const lines = new LineIndex(text);
  const dockerfile = DockerfileParser.parse(text);
  const directives = dockerfile.getDirectives().map((directive) => ({
    name: directive.getName().toLowerCase(),
    value: directive.getValue(),
    line: directive.getRange().start.line + 1,
  }));
  const continuation = continuationPattern(dockerfile.getEscapeCharacter());
  const converted = dockerfile.getInstructions().map((instruction) => convert(instruction, lines, continuation));
  const instructions = withComments(converted, lines, new Set(directives.map((directive) => directive.line)));
  return {
    instructions,
    directives,
    escapeCharacter: dockerfile.getEscapeCharacter(),
    commentCount: dockerfile.getComments().length,
    emptyContinuationLines: findEmptyContinuationLines(instructions, lines),
    lineCount: lines.count,
  };
}

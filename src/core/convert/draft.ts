/** The proposal as it is put together: sections of lines, each with its reason, and the notes on what to check. */

import {parseImageReference} from '../model/parseImageReference';
import {supportStatus} from '../catalog/supportWindows';
import type {Instruction} from '../types';
import type {ConvertNote, ProposalSection} from './types';
import type {ReadStep, StageReading} from './readStage';

export const chapters = {
  namedStage: '/tutorial/naming-stages#naming',
  copyFrom: '/tutorial/first-multi-stage-build#copy-from',
  lastStage: '/tutorial/first-multi-stage-build#last-stage',
  manifestsFirst: '/tutorial/cache-and-speed#manifests-first',
  nonRoot: '/tutorial/security#non-root',
  node: '/tutorial/recipes/node#walkthrough',
  cgo: '/tutorial/recipes/go#cgo-enabled',
  caCertificates: '/tutorial/recipes/go#ca-certificates',
  python: '/tutorial/recipes/python#venv',
  java: '/tutorial/recipes/java#walkthrough',
  rustDebian: '/tutorial/recipes/rust#debian-release',
  staticSite: '/tutorial/recipes/static-site#dockerfile',
} as const;

/** Sections and notes collected while a recipe writes the proposal. */
export class Draft {
  readonly sections: ProposalSection[] = [];
  readonly notes: ConvertNote[] = [];
  private lineCount = 0;

  constructor(private readonly text: string) {}

  add(reason: string, chapter: string, ...lines: string[]): void {
    if (lines.length === 0) return;
    const last = this.sections.at(-1);
    if (last !== undefined && last.reason === reason && last.chapter === chapter) last.lines.push(...lines);
    else this.sections.push({lines: [...lines], reason, chapter});
    this.lineCount += lines.length;
  }

  /** An empty line between the stages (part of the section before it). */
  blank(): void {
    this.sections.at(-1)?.lines.push('');
    this.lineCount++;
  }

  /** A note about the line the next `add` writes (or the whole file when `line` is false). */
  note(message: string, line: boolean = true): void {
    this.notes.push({message, line: line ? this.lineCount + 1 : null});
  }

  /** An instruction's lines exactly as the user wrote them (continuations and comments included). */
  original(instruction: Instruction): string[] {
    return this.text
      .split('\n')
      .slice(instruction.range.line - 1, instruction.range.endLine)
      .map((line) => line.replace(/\r$/, ''));
  }

  /** Where the next line will be (1-based). */
  get nextLine(): number {
    return this.lineCount + 1;
  }

  dockerfile(): string {
    return `${this.sections.flatMap((section) => section.lines).join('\n')}\n`;
  }
}

/** The release line a tag starts with (`24` of `24-slim`, `1.27` of `1.27-alpine`), and what follows it. */
function splitTag(tag: string): {line: string; rest: string} {
  const match = /^(\d+(?:\.\d+)?)(.*)$/.exec(tag);
  return match ? {line: match[1]!, rest: match[2]!} : {line: '', rest: tag};
}

export interface PinnedBase {
  ref: string;
  familiarName: string;
  /** The release line in the tag (`24`, `1.27`, `3.14`), or the default line used. */
  line: string;
  /** The tag after the line (`-alpine`, `-slim`, ``). */
  rest: string;
}

/**
 * The user's base with a supported, pinned tag: an end-of-life line moves to the table's successor, a
 * missing or moving tag to `fallbackLine` (each with a note). Keeps the rest of the tag (`-alpine`).
 */
export function pinnedBase(ref: string, fallbackLine: string, today: Date, draft: Draft): PinnedBase | null {
  const parsed = parseImageReference(ref);
  if (!parsed.ok) return null;
  const {familiarName, tag} = parsed.reference;
  if (tag === null || /^(?:latest|lts|current)/.test(tag)) {
    const pinned = `${familiarName}:${fallbackLine}`;
    draft.note(`${ref} is a moving tag; the proposal pins ${pinned}. Check that your code runs on that version.`);
    return {ref: pinned, familiarName, line: fallbackLine, rest: ''};
  }
  const {line, rest} = splitTag(tag);
  const ended = supportStatus(ref, today);
  if (ended !== null) {
    const {window: successorWindow} = ended;
    const successor = parseImageReference(successorWindow.moveTo);
    const moveLine = successor.ok ? splitTag(successor.reference.tag ?? '').line : '';
    if (moveLine !== '' && line !== '') {
      const pinned = `${familiarName}:${moveLine}${rest}`;
      draft.note(`${ref} has reached its end of life; the proposal moves to ${pinned}. Check that your code runs on that version.`);
      return {ref: pinned, familiarName, line: moveLine, rest};
    }
  }
  return {ref: `${familiarName}:${tag}`, familiarName, line: line || fallbackLine, rest};
}

/** The user's ENV lines (kept in the runtime: the program may read them). */
export function envSteps(steps: readonly ReadStep[]): ReadStep[] {
  return steps.filter((read) => read.step.instruction.keyword === 'ENV');
}

/** The start instructions (CMD, ENTRYPOINT, EXPOSE, …), in order. */
function startSteps(steps: readonly ReadStep[]): ReadStep[] {
  return steps.filter((read) => read.role === 'start');
}

/** Writes the build stage's FROM line. */
export function buildFrom(draft: Draft, base: string, reading: StageReading): void {
  const platform = reading.stage.platform === null ? '' : `--platform=${reading.stage.platform} `;
  draft.add(
    'The build stage keeps your toolchain and gets a name, so that the runtime stage can copy from it by name.',
    chapters.namedStage,
    `FROM ${platform}${base} AS build`,
  );
}

/** Writes the start instructions as the user wrote them, with the reason they move to the runtime. */
export function writeStart(draft: Draft, reading: StageReading, skip: (read: ReadStep) => boolean = () => false): void {
  for (const read of startSteps(reading.steps)) {
    if (skip(read)) continue;
    draft.add(
      'The start command stays as you wrote it; the runtime stage keeps the file it starts at the same path.',
      chapters.lastStage,
      ...draft.original(read.step.instruction),
    );
  }
}

/** Whether the start command is written in shell form (it needs /bin/sh in the runtime). */
export function startNeedsShell(reading: StageReading): boolean {
  const instruction = reading.start.command.step?.instruction;
  return instruction !== undefined && (instruction.kind === 'cmd' || instruction.kind === 'entrypoint') && instruction.exec === null;
}

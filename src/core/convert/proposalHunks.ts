/** The proposal as hunks of a line diff against a file, each with the reason of the section it writes. */

import {diffArrays} from 'diff';
import type {ProposalHunk, ProposalSection} from './types';

const linesOf = (text: string): string[] => text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');

/** Which section wrote each line of the proposal. */
function sectionPerLine(sections: readonly ProposalSection[]): ProposalSection[] {
  return sections.flatMap((section) => section.lines.map(() => section));
}

/** The hunks that turn `text` into the proposal (recomputed after each applied hunk, so they always fit the text). */
export function proposalHunks(text: string, proposal: string, sections: readonly ProposalSection[]): ProposalHunk[] {
  const owners = sectionPerLine(sections);
  const hunks: (ProposalHunk & {newStart: number})[] = [];
  let oldLine = 1;
  let newLine = 1;
  let open: (ProposalHunk & {newStart: number}) | null = null;
  for (const part of diffArrays(linesOf(text), linesOf(proposal))) {
    if (!part.added && !part.removed) {
      if (open !== null) hunks.push(open);
      open = null;
      oldLine += part.value.length;
      newLine += part.value.length;
      continue;
    }
    open ??= {oldStart: oldLine, removed: [], added: [], reason: '', chapter: '', newStart: newLine};
    if (part.added) {
      open.added.push(...part.value);
      newLine += part.value.length;
    } else {
      open.removed.push(...part.value);
      oldLine += part.value.length;
    }
  }
  if (open !== null) hunks.push(open);
  return hunks.flatMap((hunk) => splitBySection(hunk, owners));
}

/**
 * One hunk per section of the proposal, so that each carries its own reason: the first piece replaces the
 * removed lines, the others insert after them. An empty line stays with the section before it.
 */
function splitBySection(hunk: ProposalHunk & {newStart: number}, owners: readonly ProposalSection[]): ProposalHunk[] {
  const pieces: {newStart: number; added: string[]}[] = [];
  hunk.added.forEach((line, offset) => {
    const owner = owners[hunk.newStart - 1 + offset];
    const last = pieces.at(-1);
    if (last !== undefined && (line.trim() === '' || owners[last.newStart - 1] === owner)) last.added.push(line);
    else pieces.push({newStart: hunk.newStart + offset, added: [line]});
  });
  const [first, second] = pieces;
  if (first !== undefined && second !== undefined && first.added.every((line) => line.trim() === '')) {
    pieces.splice(0, 2, {newStart: first.newStart, added: [...first.added, ...second.added]});
  }
  if (pieces.length <= 1) return [close(hunk, owners)];
  const insertAt = hunk.oldStart + hunk.removed.length;
  return pieces.map((piece, index) =>
    close(
      {
        oldStart: index === 0 ? hunk.oldStart : insertAt,
        removed: index === 0 ? hunk.removed : [],
        added: piece.added,
        reason: '',
        chapter: '',
        newStart: piece.newStart,
      },
      owners,
    ),
  );
}

function close(hunk: ProposalHunk & {newStart: number}, owners: readonly ProposalSection[]): ProposalHunk {
  const firstWritten = hunk.added.findIndex((line) => line.trim() !== '');
  const owner = owners[hunk.newStart - 1 + Math.max(firstWritten, 0)] ?? owners[hunk.newStart - 2] ?? owners.at(-1);
  const reason =
    hunk.added.length === 0 ? `Removes lines the proposal writes elsewhere or no longer needs. ${owner?.reason ?? ''}`.trim() : (owner?.reason ?? '');
  return {oldStart: hunk.oldStart, removed: hunk.removed, added: hunk.added, reason, chapter: owner?.chapter ?? '/tutorial/first-multi-stage-build'};
}

/** `text` with one hunk applied (the hunk must come from `proposalHunks(text, …)`). */
export function applyHunk(text: string, hunk: ProposalHunk): string {
  const lines = linesOf(text);
  lines.splice(hunk.oldStart - 1, hunk.removed.length, ...hunk.added);
  return `${lines.join('\n')}\n`;
}

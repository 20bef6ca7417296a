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
  const hunks: ProposalHunk[] = [];
  let oldLine = 1;
  let newLine = 1;
  let open: (ProposalHunk & {newStart: number}) | null = null;
  for (const part of diffArrays(linesOf(text), linesOf(proposal))) {
    if (!part.added && !part.removed) {
      if (open !== null) hunks.push(close(open, owners));
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
  if (open !== null) hunks.push(close(open, owners));
  return hunks;
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

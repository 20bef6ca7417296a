/**
 * A stage's bytes by origin: its base image, the build context, each COPY --from source (stage or image)
 * and each RUN. A query over the stage-contents model: every item already says which line put it into the
 * stage and where it was copied from; this only groups them. Deleted items count where they were added
 * (their layer keeps them), and what the base image's figure already holds (a toolchain) is not counted twice.
 */

import type {StageContents} from '../contents/buildStageContents';
import {stageLabel} from '../model/stageLabel';
import type {BreakdownOrigin, BreakdownPart, ContentItem, Instruction, Stage} from '../types';

const maxLabel = 60;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > maxLabel ? `${flat.slice(0, maxLabel - 1)}…` : flat;
}

/** Every instruction of the file by line (ONBUILD triggers included). */
function instructionsByLine(stages: readonly Stage[]): Map<number, {stage: number; instruction: Instruction}> {
  const byLine = new Map<number, {stage: number; instruction: Instruction}>();
  for (const stage of stages) for (const instruction of stage.instructions) byLine.set(instruction.range.line, {stage: stage.index, instruction});
  return byLine;
}

interface Placement {
  origin: BreakdownOrigin;
  stage: number | null;
  image: string | null;
  line: number;
  label: string;
}

function placeCopied(item: ContentItem, stages: readonly Stage[], written: Instruction | undefined): Placement {
  const from = item.copiedFrom!;
  const sources = written && (written.kind === 'copy' || written.kind === 'add') ? ` ${written.sources.join(' ')}` : '';
  if (from.image !== null) return {origin: 'image', stage: null, image: from.image, line: item.line, label: shorten(`COPY --from=${from.image}${sources}`)};
  const source = from.stage === null ? undefined : stages[from.stage];
  const name = source ? stageLabel(source) : '?';
  return {origin: 'stage', stage: from.stage, image: null, line: item.line, label: shorten(`COPY --from=${name}${sources}`)};
}

/** Where an item comes from, or null when it adds no bytes of its own (an ENV named like a secret). */
function place(item: ContentItem, contents: StageContents, stages: readonly Stage[], byLine: ReturnType<typeof instructionsByLine>): Placement | null {
  if (item.category === 'base-image' && item.copiedFrom === null) {
    return {origin: 'base-image', stage: chainRoot(contents, stages), image: contents.baseRef, line: contents.baseLine, label: contents.baseRef};
  }
  const written = byLine.get(item.line);
  if (item.copiedFrom !== null) return placeCopied(item, stages, written?.instruction);
  if (written === undefined) return null;
  const {instruction} = written;
  if (instruction.kind === 'run') return {origin: 'run', stage: written.stage, image: null, line: item.line, label: shorten(`RUN ${instruction.command}`)};
  if (instruction.kind === 'copy' || instruction.kind === 'add') {
    const label = `${instruction.keyword} ${instruction.sources.join(' ')} (build context)`;
    return {origin: 'context', stage: written.stage, image: null, line: item.line, label: shorten(label)};
  }
  return null;
}

function chainRoot(contents: StageContents, stages: readonly Stage[]): number {
  const root = stages.find((stage) => stage.line === contents.baseLine);
  return root?.index ?? contents.index;
}

/** The parts of one stage's bytes, the base image first, then by line. Empty for a stage that was not estimated. */
export function breakdownByOrigin(stages: readonly Stage[], contents: StageContents | undefined): BreakdownPart[] {
  if (contents === undefined || contents.skipped) return [];
  const byLine = instructionsByLine(stages);
  const parts = new Map<string, BreakdownPart>();
  for (const {item} of contents.entries) {
    if (item.includedIn !== null) continue;
    const placement = place(item, contents, stages, byLine);
    if (placement === null) continue;
    const key = `${placement.origin}:${placement.line}:${placement.stage}:${placement.image}`;
    let part = parts.get(key);
    if (part === undefined) {
      const {origin, stage, image, line, label} = placement;
      part = {origin, stage, image, line, label, bytes: null, unknownItems: 0, itemIds: []};
      parts.set(key, part);
    }
    part.itemIds.push(item.id);
    if (item.bytes === null) part.unknownItems++;
    else part.bytes = (part.bytes ?? 0) + item.bytes;
  }
  return [...parts.values()].sort((a, b) => Number(b.origin === 'base-image') - Number(a.origin === 'base-image') || a.line - b.line);
}

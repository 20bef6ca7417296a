/**
 * Questions asked of the stage-contents model. The estimate, the exercise checks and the diagnostics ask
 * the same questions here, so they cannot disagree about what a stage holds.
 */

import type {ContentCategory, ContentItem} from '../types';
import type {StageContents} from './buildStageContents';
import type {CopyRecord} from './copies';

/** The stage indexes of a stage's FROM chain, from the one on an image down to the stage itself. */
function chainOf(contents: readonly StageContents[], index: number): number[] {
  const chain: number[] = [];
  for (let walk = contents[index]?.walk ?? null; walk !== null; walk = walk.parent) chain.unshift(walk.index);
  return chain;
}

/** Every COPY/ADD that takes effect in a stage, inherited ones first. */
export function chainCopies(contents: readonly StageContents[], index: number): CopyRecord[] {
  return chainOf(contents, index).flatMap((member) => contents[member]?.copies ?? []);
}

/** The first copy that brings a whole source tree into the stage (the build context, or a working directory), or null. */
export function wholeSourceCopy(contents: readonly StageContents[], index: number): CopyRecord | null {
  return chainCopies(contents, index).find((record) => record.wholeSource !== null) ?? null;
}

/** What a stage holds at its end (not removed by a later instruction). */
export function presentItems(stage: StageContents | undefined, category?: ContentCategory): ContentItem[] {
  if (stage === undefined) return [];
  const items: ContentItem[] = [];
  for (const {item} of stage.entries) if (item.removedAt === null && (category === undefined || item.category === category)) items.push(item);
  return items;
}

/** How a whole-source copy is described to people: `the whole build context`, `the whole working directory /app of "build"`. */
export function describeWholeSource(record: CopyRecord, stageName: (index: number) => string): string {
  if (record.wholeSource === null) return '';
  if (record.wholeSource.kind === 'build-context') return 'the whole build context';
  const {origin} = record;
  const where = origin.kind === 'stage' ? stageName(origin.stage) : origin.kind === 'image' ? origin.ref : `"${origin.kind === 'invalid' ? origin.raw : ''}"`;
  return `the whole working directory ${record.wholeSource.path} of ${where}`;
}

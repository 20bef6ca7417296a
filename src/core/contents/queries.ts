/**
 * Questions asked of the stage-contents model. The estimate, the exercise checks and the diagnostics ask
 * the same questions here, so they cannot disagree about what a stage holds.
 */

import type {Analysis, ContentCategory, ContentItem} from '../types';
import type {StageContents} from './buildStageContents';
import type {CopyRecord} from './copies';
import {pathSegments, relatePaths, resolvePath} from './paths';

/** The stage indexes of a stage's FROM chain, from the one on an image down to the stage itself. */
export function chainOf(contents: readonly StageContents[], index: number): number[] {
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

/**
 * Some items say only roughly where things are: the base image is `/`, OS packages land under `/usr`, and a
 * copy into `/` (an export stage) says nothing about which files it brought. Such an item holds a path only
 * when it names it exactly or lies inside it, never as a directory above it.
 */
const roughPlaces: ReadonlySet<ContentCategory> = new Set(['base-image', 'os-packages']);

/** Whether one of the item's paths is the path, a directory above it (not a rough place), or lies inside it. */
function itemHolds(item: ContentItem, path: string): boolean {
  return item.paths.some((itemPath) => {
    const relation = relatePaths(itemPath, path);
    if (relation.kind === 'inside') return true;
    return relation.kind === 'contains' && itemPath !== '/' && !roughPlaces.has(item.category);
  });
}

function depth(item: ContentItem, path: string): number {
  const asked = pathSegments(path).length;
  return Math.max(...item.paths.map((itemPath) => Math.min(pathSegments(itemPath).length, asked)));
}

/** The items that hold a path, removed or not, the most specific (then the latest) first. */
export function itemsHolding(items: readonly ContentItem[], path: string): ContentItem[] {
  const absolute = resolvePath('/', path);
  return items.filter((item) => itemHolds(item, absolute)).sort((a, b) => depth(b, absolute) - depth(a, absolute) || b.line - a.line);
}

/** The item that puts a path into the target image's filesystem (the estimate's final stage), or null. */
export function findInFinalImage(analysis: Analysis, path: string): ContentItem | null {
  const final = analysis.estimate.final;
  if (final === null) return null;
  const stage = analysis.estimate.stages.find((candidate) => candidate.index === final.index);
  return itemsHolding(stage?.contents ?? [], path).find((item) => item.removedAt === null) ?? null;
}

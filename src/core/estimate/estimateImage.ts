/**
 * The estimate of an image: each stage's contents and size, the final image (the target) against the same
 * steps built as one stage, what the build stages leave behind, and warnings about what the final image
 * still carries. Sizes are typical figures and estimates, never measurements of the user's build.
 */

import type {ContentItem, Estimate, LeftBehindItem, SizeRange, Stage, StageEstimate} from '../types';
import {artifactAssumption} from './artifactFigures';
import {catalogAssumption} from './baseImageCatalog';
import {maxItemsPerFile, maxItemsPerStage, type StageContents} from '../contents/buildStageContents';
import {describeWholeSource, wholeSourceCopy} from '../contents/queries';
import {quotedStageLabel, stageLabelAt} from '../model/stageLabel';
import {estimateWarnings, type WholeSourceFinding} from './estimateWarnings';
import {baseAlternatives} from './alternatives';
import {breakdownByOrigin} from './breakdownByOrigin';
import {findWaste} from './findWaste';

export interface EstimateInput {
  stages: readonly Stage[];
  /** The stage-contents model the estimate reads. */
  contents: readonly StageContents[];
  target: number | null;
  builtStages: readonly number[];
}

interface Sum {
  bytes: number;
  min: number;
  max: number;
  unknown: number;
}

function sum(items: Iterable<ContentItem>, into: Sum = {bytes: 0, min: 0, max: 0, unknown: 0}): Sum {
  for (const item of items) {
    if (item.includedIn !== null) continue;
    if (item.bytes === null) {
      into.unknown++;
      continue;
    }
    into.bytes += item.bytes;
    into.min += item.range?.min ?? item.bytes;
    into.max += item.range?.max ?? item.bytes;
  }
  return into;
}

const rangeOf = (total: Sum): SizeRange => ({min: total.min, max: total.max});

/**
 * Whether every part of a stage that holds anything is of unknown size (`FROM scratch` plus a copied build of
 * unknown size): its total is then only a lower bound of 0 and says nothing a saving could be read from.
 */
function onlyUnknownParts(stage: StageEstimate): boolean {
  return stage.unknownItems > 0 && stage.contents.every((item) => item.bytes === null || item.bytes === 0);
}

function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function stageEstimate(contents: StageContents): StageEstimate {
  const items = contents.entries.map((entry) => entry.item);
  const total = sum(items);
  const notes: string[] = [];
  if (contents.skipped) notes.push(`not estimated: the stages before it already hold ${thousands(maxItemsPerFile)} items`);
  else if (!contents.baseKnown) notes.push(`the base image ${contents.baseRef} has no size in the catalog, so this stage's size is unknown`);
  else if (total.unknown > 0)
    notes.push(
      `${total.unknown} item${total.unknown === 1 ? '' : 's'} of unknown size ${total.unknown === 1 ? 'is' : 'are'} not counted, so the size is a lower bound`,
    );
  if (contents.truncated) notes.push(`only the first ${maxItemsPerStage} items are listed and counted`);
  return {
    index: contents.index,
    bytes: contents.baseKnown ? total.bytes : null,
    range: contents.baseKnown ? rangeOf(total) : null,
    unknownItems: total.unknown,
    note: notes.length > 0 ? notes.join('; ') : null,
    contents: items,
  };
}

/** The stage whose steps a single-stage build would run on: the last built stage before the target that builds. */
function buildStageOf(contents: readonly StageContents[], built: readonly number[], target: number): number {
  const others = built.filter((index) => index !== target && index < contents.length);
  for (let i = others.length - 1; i >= 0; i--) if (contents[others[i]!]!.runsBuild) return others[i]!;
  return others[0] ?? target;
}

/** What a stage adds itself: its own instructions' items and copies from images (not inherited, not copied from stages). */
function ownItems(contents: StageContents): ContentItem[] {
  return contents.entries.map((entry) => entry.item).filter((item) => item.via === 'instruction' || (item.via === 'copy' && item.copiedFrom?.image != null));
}

const generalAssumptions = [
  catalogAssumption,
  artifactAssumption,
  "a stage's size is its base image plus every item of known size; files deleted or replaced by a later instruction still count, because the layer that added them keeps them",
  'items of unknown size are left out of the totals, which are then lower bounds',
];

/** An estimate with nothing in it (no stages), with the general assumptions and any `note`. */
export function emptyEstimate(note?: string): Estimate {
  return {
    stages: [],
    final: null,
    singleStage: {bytes: null, range: null, base: null, buildStage: null},
    leftBehind: [],
    warnings: [],
    savings: {bytes: null, percent: null},
    breakdown: [],
    waste: [],
    efficiency: null,
    alternatives: [],
    assumptions: note === undefined ? [...generalAssumptions] : [...generalAssumptions, note],
  };
}

function wholeSourceFinding(contents: readonly StageContents[], stages: readonly Stage[], target: number): WholeSourceFinding | null {
  const record = wholeSourceCopy(contents, target);
  if (record === null) return null;
  return {line: record.instruction.range.line, what: describeWholeSource(record, (index) => (stages[index] ? quotedStageLabel(stages[index]) : `#${index}`))};
}

/** The contract's `estimate`: sizes and comparisons read off the stage-contents model. Pure. */
export function estimateImage(input: EstimateInput): Estimate {
  const contents = input.contents;
  const assumptions = [...generalAssumptions];
  if (contents.length === 0) return emptyEstimate();

  const stages = contents.map(stageEstimate);
  const skipped = contents.filter((stageContents) => stageContents.skipped).length;
  if (skipped > 0)
    assumptions.push(
      `${skipped} stage${skipped === 1 ? ' is' : 's are'} not estimated: the file holds more than ${thousands(maxItemsPerFile)} items before ${skipped === 1 ? 'it' : 'them'}`,
    );
  for (const stageContents of contents) {
    if (!stageContents.skipped && !stageContents.baseKnown && input.stages[stageContents.index]?.fromStage === null) {
      assumptions.push(
        `stage ${stageLabelAt(input.stages, stageContents.index)}: ${stageContents.baseRef} has no size in the catalog, so the sizes built on it are unknown`,
      );
    }
  }

  const target = input.target !== null && input.target < contents.length ? input.target : null;
  if (target === null) return {...emptyEstimate(), stages, assumptions};
  const finalContents = contents[target]!;
  const finalStage = stages[target]!;
  // The stages BuildKit builds for the target, ascending (the target always among them).
  const built = input.builtStages.filter((index) => index < contents.length);
  if (!built.includes(target)) built.push(target);
  built.sort((a, b) => a - b);

  // The same steps as one stage, on the build stage's base.
  const buildStage = buildStageOf(contents, built, target);
  const buildContents = contents[buildStage]!;
  let singleStage: Estimate['singleStage'] = {bytes: null, range: null, base: buildContents.baseRef, buildStage};
  if (buildContents.baseKnown && buildContents.baseInfo !== null && buildContents.baseInfo.bytes !== null) {
    const base = buildContents.baseInfo;
    const total: Sum = {bytes: base.bytes!, min: base.range?.min ?? base.bytes!, max: base.range?.max ?? base.bytes!, unknown: 0};
    for (const index of built) sum(ownItems(contents[index]!), total);
    singleStage = {...singleStage, bytes: total.bytes, range: rangeOf(total)};
  }
  if (built.length > 1) {
    assumptions.push(
      `the single-stage figure replays the steps of every built stage on ${buildContents.baseRef} (the base of stage ${stageLabelAt(input.stages, buildStage)}), counting what is copied between stages once`,
    );
  }

  // What the final image does not carry.
  const carried = new Set<string>();
  for (const item of finalStage.contents) {
    carried.add(item.id);
    if (item.partOf !== null && !item.partOf.startsWith('image:')) carried.add(item.partOf);
  }
  const leftBehind: LeftBehindItem[] = [];
  const seen = new Set<string>();
  for (const index of built) {
    if (index === target) continue;
    for (const item of stages[index]!.contents) {
      if (carried.has(item.id) || seen.has(item.id)) continue;
      seen.add(item.id);
      // Not `{...item, stage: index}`: in V8 a spread followed by a new property makes a new hidden class per object.
      leftBehind.push(Object.assign({}, item, {stage: index}));
    }
  }

  const finalBytes = finalStage.bytes;
  const {waste, efficiency} = findWaste(input.stages, contents, target, finalBytes);
  const comparable = finalBytes !== null && singleStage.bytes !== null && !onlyUnknownParts(finalStage);
  const savingsBytes = comparable ? singleStage.bytes! - finalBytes : null;
  return {
    stages,
    final: {index: target, bytes: finalBytes, range: finalStage.range},
    singleStage,
    leftBehind,
    warnings: estimateWarnings(finalStage.contents, target, finalContents.baseRef, wholeSourceFinding(contents, input.stages, target)),
    savings: {
      bytes: savingsBytes,
      percent: savingsBytes !== null && singleStage.bytes ? Math.round((1000 * savingsBytes) / singleStage.bytes) / 10 : null,
    },
    breakdown: breakdownByOrigin(input.stages, finalContents),
    waste,
    efficiency,
    alternatives: baseAlternatives(contents, target, finalBytes),
    assumptions,
  };
}

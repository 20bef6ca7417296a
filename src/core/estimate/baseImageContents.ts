/**
 * What a base image brings: the image itself (its catalog size, or unknown) and the toolchains it carries,
 * each where it lives in the image's filesystem. A toolchain's size is part of the image's figure.
 */

import type {CompressedSize, ContentItem} from '../types';
import {lookupBaseImage, type BaseImageInfo} from './lookupBaseImage';
import {toolchainFacts, type SizeFigure, type ToolchainFacts} from './baseImageCatalog';
import {formatBytes} from './formatBytes';

type ToolchainSpec = ToolchainFacts;

function sizeAssumption(info: BaseImageInfo, platform: string | null): string {
  const platformNote = platform !== null && !/amd64|\$/.test(platform) ? `; the figure is for linux/amd64, not ${platform}` : '';
  if (info.bytes === null) {
    return info.note === null ? `${info.ref} has no size in the base-image catalog, so it is unknown` : `size unknown: ${info.note}`;
  }
  const source = `${info.source ?? 'the base-image catalog'}${info.sourceDate && info.sourceDate !== 'by definition' ? `, ${info.sourceDate}` : ''}`;
  const forWhat = info.sizeReadFor !== null && info.sizeReadFor !== info.ref ? ` for ${info.sizeReadFor}` : '';
  const match = info.match === 'family' && info.note ? `; ${info.note}` : '';
  let figure: string;
  if (info.sizeKind === 'definition') figure = source;
  else if (info.sizeKind === 'reading') figure = `uncompressed size read${forWhat} from ${source}`;
  else if (info.range !== null) {
    figure = `an estimate of ${formatBytes(info.range.min)}–${formatBytes(info.range.max)} uncompressed${forWhat}, taken at its midpoint (${source})`;
  } else figure = `an estimate of about ${formatBytes(info.bytes)} uncompressed${forWhat} (${source})`;
  return `${figure}${match}${platformNote}`;
}

export interface BaseImageContents {
  info: BaseImageInfo;
  items: ContentItem[];
}

interface Described {
  info: BaseImageInfo;
  assumption: string;
  toolchains: {id: string; label: string; spec: ToolchainSpec}[];
}

const described = new Map<string, Described>();

/** What the catalog says about an image, with its labels and assumption, remembered per reference and platform. */
function describe(ref: string, platform: string | null): Described {
  const key = platform === null ? ref : `${ref}\u0000${platform}`;
  let found = described.get(key);
  if (found === undefined) {
    const info = lookupBaseImage(ref);
    found = {
      info,
      assumption: sizeAssumption(info, platform),
      toolchains: (info.toolchains ?? []).map((toolchain) => ({
        id: `toolchain:${toolchain}`,
        label: `${toolchainFacts[toolchain].label}, in ${ref}`,
        spec: toolchainFacts[toolchain],
      })),
    };
    if (described.size >= 256) described.clear();
    described.set(key, found);
  }
  return found;
}

/** The base-image item and its toolchains, for a stage (or a COPY --from an image) at `line`. */
/** The content item that stands for a stage's base image (its whole filesystem, at `/`). */
export function baseImageItem(
  ref: string,
  label: string,
  bytes: number | null,
  range: ContentItem['range'],
  assumption: string,
  origin: {stage: number; line: number},
  compressed: SizeFigure | null = null,
): ContentItem {
  const pull: CompressedSize | null =
    compressed !== null && compressed.bytes !== null && (compressed.kind === 'reading' || compressed.kind === 'estimate')
      ? {bytes: compressed.bytes, kind: compressed.kind, readFor: compressed.readFor}
      : null;
  const item: ContentItem = {
    id: `image:${ref}`,
    category: 'base-image',
    label,
    bytes,
    range,
    line: origin.line,
    paths: ['/'],
    assumption,
    via: 'base-image',
    origin,
    copiedFrom: null,
    partOf: null,
    includedIn: null,
    removedAt: null,
    compiler: false,
    wholeBuildContext: false,
  };
  // Not `{...(pull === null ? {} : {compressed: pull}), id, …}`: V8 builds that literal about a hundred times slower.
  return pull === null ? item : {compressed: pull, ...item};
}

export function baseImageContents(ref: string, stage: number, line: number, platform: string | null = null): BaseImageContents {
  const {info, assumption, toolchains} = describe(ref, platform);
  const origin = {stage, line};
  const items: ContentItem[] = [baseImageItem(ref, info.label, info.bytes, info.range, assumption, origin, info.compressed)];
  for (const {id, label, spec} of toolchains) {
    items.push({
      id,
      category: 'toolchain',
      label,
      bytes: 0,
      range: null,
      line,
      paths: spec.paths.slice(),
      assumption: `part of the base image: its size is counted in ${ref}'s figure`,
      via: 'base-image',
      origin,
      copiedFrom: null,
      partOf: null,
      includedIn: 'base-image',
      removedAt: null,
      compiler: spec.compiler,
      wholeBuildContext: false,
    });
  }
  return {info, items};
}

/** A stage's base or result that a `--build-context NAME=…` provides: its contents are not known here. */
export function buildContextItem(name: string, origin: {stage: number; line: number}): ContentItem {
  return baseImageItem(
    `context:${name}`,
    `the build context "${name}"`,
    null,
    null,
    'a build context given with --build-context NAME=…: what it holds is not known here, so its size is unknown',
    origin,
  );
}

export function isBuildContextItem(item: ContentItem): boolean {
  return item.id.startsWith('image:context:');
}

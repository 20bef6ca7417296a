/**
 * Waste in the final image found before the build, as queries over the stage-contents model: files a later
 * chown/chmod stores again, files a later layer deletes (the earlier layer still ships them), package
 * caches and lists left in a layer, a whole filesystem or a build stage's whole working directory copied
 * in. And a dive-like efficiency figure (dive, filetree/efficiency.go: over all paths, the sum of each path's
 * smallest size in any layer divided by the sum of its sizes in every layer, so a deleted file counts against
 * the score and so does a file stored twice): ours is 1 - wasted / total over our estimate, where total is the final image's bytes
 * (every layer, deleted items included) plus what chown/chmod stores again, and wasted is the deleted items'
 * bytes plus what is stored again. Items of unknown size are left out of both.
 */

import type {Rewrite, StageContents} from '../contents/buildStageContents';
import {chainCopies, chainOf} from '../contents/queries';
import {formatBytes} from './formatBytes';
import type {ContentItem, Stage, WasteFinding} from '../types';

const sized = (bytes: number | null): string => (bytes === null ? 'size unknown' : `≈ ${formatBytes(bytes)}`);

function sumKnown(items: readonly ContentItem[]): number | null {
  const known = items.filter((item) => item.bytes !== null && item.includedIn === null);
  return known.length === 0 ? null : known.reduce((total, item) => total + item.bytes!, 0);
}

function lines(numbers: readonly number[]): string {
  return numbers.length === 1 ? `line ${numbers[0]}` : `lines ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

function rewriteFinding(rewrite: Rewrite): WasteFinding {
  const flag = rewrite.tool === 'chown' ? '--chown' : '--chmod';
  return {
    kind: 'ownership-change',
    line: rewrite.line,
    bytes: rewrite.bytes,
    message: `${rewrite.tool} on line ${rewrite.line} changes every file under ${rewrite.path} that ${lines(rewrite.itemLines)} put there, so its layer stores those files a second time (${sized(rewrite.bytes)}).`,
    fix: `Set it where the files are written: COPY ${flag}=… on ${lines(rewrite.itemLines)} (or the ${rewrite.tool} inside the RUN that creates them), then drop this ${rewrite.tool}.`,
    relatedLines: rewrite.itemLines,
  };
}

function deletedFinding(item: ContentItem): WasteFinding {
  return {
    kind: 'deleted-later',
    line: item.line,
    bytes: item.includedIn === null ? item.bytes : null,
    message: `${item.label} from line ${item.line} is deleted or replaced on line ${item.removedAt}, but the layer of line ${item.line} still holds it (${sized(item.bytes)}).`,
    fix: 'Delete it in the same RUN that creates it, keep it out of the layer with a cache or bind mount, or make it in a build stage and copy only what the image needs.',
    relatedLines: [item.removedAt!],
  };
}

/**
 * How to keep each cache out of the layer. Defaults: pip caches in ~/.cache/pip (pip docs, "Caching"; off with
 * --no-cache-dir or PIP_NO_CACHE_DIR), npm in ~/.npm (npm docs, config "cache"), `apk add --no-cache` keeps no
 * index (Alpine wiki, apk), and apt's lists stay in /var/lib/apt/lists unless removed (Docker docs, Dockerfile
 * best practices, "apt-get").
 */
const cacheFixes: readonly [RegExp, string][] = [
  [/^apt package lists/, 'End the same RUN with && rm -rf /var/lib/apt/lists/*, after apt-get install.'],
  [/^apk package index/, 'Use apk add --no-cache …: it reads the index without keeping it (and drop apk update).'],
  [
    /^pip download cache/,
    'Install with pip install --no-cache-dir … (or ENV PIP_NO_CACHE_DIR=1), or mount the cache: RUN --mount=type=cache,target=/root/.cache/pip.',
  ],
  [/^uv download cache/, 'Install with --no-cache (or ENV UV_NO_CACHE=1), or mount the cache: RUN --mount=type=cache,target=/root/.cache/uv.'],
  [/^npm download cache/, 'Mount the cache (RUN --mount=type=cache,target=/root/.npm npm ci), or end the same RUN with && npm cache clean --force.'],
  [/^yarn download cache/, 'Mount the cache folder with RUN --mount=type=cache,target=…, or end the same RUN with && yarn cache clean.'],
];

function cacheFix(item: ContentItem): string {
  const match = cacheFixes.find(([label]) => label.test(item.label));
  if (match) return match[1];
  const where = item.paths[0] ?? 'the cache folder';
  return `Delete it in the same RUN that writes it, or keep it out of the layer with RUN --mount=type=cache,target=${where}.`;
}

function cacheFinding(item: ContentItem): WasteFinding {
  return {
    kind: 'package-cache',
    line: item.line,
    bytes: item.bytes,
    message: `${item.label} from line ${item.line} stays in the image (${sized(item.bytes)}); nothing at run time needs it.`,
    fix: cacheFix(item),
    relatedLines: [],
  };
}

/** Whether the stage only exports files (FROM scratch, no CMD or ENTRYPOINT): `COPY --from=x / /` is its point. */
function exportsFiles(stages: readonly Stage[], contents: readonly StageContents[], target: number): boolean {
  if (contents[target]?.baseRef !== 'scratch') return false;
  return !chainOf(contents, target).some((index) => stages[index]?.instructions.some((i) => i.kind === 'cmd' || i.kind === 'entrypoint'));
}

function copyFindings(stages: readonly Stage[], contents: readonly StageContents[], target: number, items: readonly ContentItem[]): WasteFinding[] {
  const findings: WasteFinding[] = [];
  const exporting = exportsFiles(stages, contents, target);
  for (const record of chainCopies(contents, target)) {
    const {origin, wholeSource} = record;
    if (wholeSource?.kind !== 'working-directory' || (origin.kind !== 'stage' && origin.kind !== 'image')) continue;
    const line = record.instruction.range.line;
    const bytes = sumKnown(items.filter((item) => item.line === line && item.copiedFrom !== null));
    const from = origin.kind === 'stage' ? `stage ${stages[origin.stage]?.name ?? `#${origin.stage}`}` : origin.ref;
    if (wholeSource.path === '/') {
      if (exporting) continue;
      findings.push({
        kind: 'whole-filesystem-copy',
        line,
        bytes,
        message: `Line ${line} copies the whole filesystem of ${from}: its base image, tools and caches come along (${sized(bytes)}).`,
        fix: 'Copy only what the program needs to run: the binary or build output, and its runtime dependencies.',
        relatedLines: [],
      });
    } else if (origin.kind === 'stage') {
      findings.push({
        kind: 'whole-workdir-copy',
        line,
        bytes,
        message: `Line ${line} copies the whole working directory ${wholeSource.path} of ${from}: sources, dev dependencies and build leftovers ship with the output (${sized(bytes)}).`,
        fix: `Copy the build output (a dist folder, a binary, a jar) and production dependencies from ${from}, not the whole ${wholeSource.path}.`,
        relatedLines: [],
      });
    }
  }
  return findings;
}

/** Installs add to what an earlier install put there: the contents model marks the earlier item replaced, but its files stay in use. */
const installed: ReadonlySet<ContentItem['category']> = new Set(['os-packages', 'toolchain', 'dependencies', 'dev-dependencies']);

/** Whether a later install of the same kind, at the same place, is what marked the item removed (no file was deleted). */
function addedToBy(item: ContentItem, items: readonly ContentItem[]): boolean {
  if (!installed.has(item.category)) return false;
  return items.some((other) => other.line === item.removedAt && installed.has(other.category) && other.paths.some((path) => item.paths.includes(path)));
}

export interface WasteReport {
  waste: WasteFinding[];
  efficiency: number | null;
}

/** Waste in the target stage's image and its efficiency, given its estimated bytes (null: unknown). */
export function findWaste(stages: readonly Stage[], contents: readonly StageContents[], target: number, finalBytes: number | null): WasteReport {
  const final = contents[target];
  if (final === undefined || final.skipped) return {waste: [], efficiency: null};
  // Loops and push, not .map/.filter chains and spreads: those arrays changed elements kind during warm-up and this deoptimised.
  const items: ContentItem[] = [];
  for (const {item} of final.entries) if (item.category !== 'base-image' || item.copiedFrom !== null) items.push(item);
  const rewrites: Rewrite[] = [];
  for (const index of chainOf(contents, target)) for (const rewrite of contents[index]?.rewrites ?? []) rewrites.push(rewrite);
  const deleted: ContentItem[] = [];
  const waste: WasteFinding[] = [];
  for (const rewrite of rewrites) waste.push(rewriteFinding(rewrite));
  for (const item of items) {
    if (item.removedAt === null || addedToBy(item, items)) continue;
    deleted.push(item);
    waste.push(deletedFinding(item));
  }
  for (const item of items) if (item.removedAt === null && item.category === 'cache') waste.push(cacheFinding(item));
  for (const finding of copyFindings(stages, contents, target, items)) waste.push(finding);
  waste.sort((a, b) => a.line - b.line);
  if (finalBytes === null) return {waste, efficiency: null};
  const storedAgain = rewrites.reduce((total, rewrite) => total + (rewrite.bytes ?? 0), 0);
  const wasted = (sumKnown(deleted) ?? 0) + storedAgain;
  const total = finalBytes + storedAgain;
  return {waste, efficiency: total === 0 ? 1 : Math.round((1 - wasted / total) * 10_000) / 10_000};
}

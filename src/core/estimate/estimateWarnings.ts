/**
 * What the final image still carries that a runtime image should not: a compiler toolchain, the source,
 * devDependencies, caches, secrets. One warning per item (the base image's toolchains together), written
 * for a learner, pointing at the line to change.
 */

import type {ContentItem, EstimateWarning, EstimateWarningCategory} from '../types';
import {formatBytes} from './formatBytes';

function size(item: ContentItem): string {
  return item.bytes === null || item.bytes === 0 ? '' : `, ≈ ${formatBytes(item.bytes)}`;
}

function where(item: ContentItem): string {
  return item.via === 'copy' ? `copied in at line ${item.line}` : `line ${item.line}`;
}

/** Advice for a cache, by where it lives. */
function cacheAdvice(item: ContentItem): string {
  const path = item.paths.join(' ');
  if (path.includes('/var/lib/apt/lists')) return 'end the same RUN with `rm -rf /var/lib/apt/lists/*`';
  if (path.includes('/var/cache/apk')) return 'install with `apk add --no-cache`';
  if (path.includes('/.npm')) return 'use `RUN --mount=type=cache,target=/root/.npm npm ci`, or run `npm cache clean --force` in the same RUN';
  if (path.includes('yarn')) return 'use `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn`, or run `yarn cache clean` in the same RUN';
  if (path.includes('/.cache/pip')) return 'install with `pip install --no-cache-dir`, or use `RUN --mount=type=cache,target=/root/.cache/pip`';
  if (path.includes('go-build')) return 'use `RUN --mount=type=cache,target=/root/.cache/go-build`, or build in an earlier stage';
  return 'use `RUN --mount=type=cache,target=…` so the cache stays out of the layer, or clean it in the same RUN';
}

const layerNote = (item: ContentItem): string =>
  item.removedAt === null
    ? ''
    : ` It was removed at line ${item.removedAt}, but a later RUN cannot shrink an earlier layer: the files still weigh in the layer of line ${item.line}.`;

function message(category: EstimateWarningCategory, item: ContentItem): string {
  switch (category) {
    case 'toolchain':
      return `The final image carries ${item.label} (${where(item)}${size(item)}). A runtime needs only the build output: build in an earlier stage and copy the result into a runtime image.`;
    case 'source':
      return `The final image holds ${item.label} (${where(item)}) next to the build output it was built into. The program runs from the build output; the source is dead weight at runtime.${layerNote(item)}`;
    case 'dev-dependencies':
      return item.paths.some((path) => path.endsWith('/node_modules'))
        ? `The final image holds ${item.label} (${where(item)}${size(item)}). Install production dependencies only (\`npm ci --omit=dev\`), or copy node_modules from a stage that did.${layerNote(item)}`
        : `The final image holds ${item.label} (${where(item)}${size(item)}). Install only what the program needs at runtime in the final stage; keep development and test requirements in an earlier stage.${layerNote(item)}`;
    case 'cache':
      return `The final image keeps ${item.label} (${where(item)}${size(item)}), which the program never reads: ${cacheAdvice(item)}.${layerNote(item)}`;
    case 'secret':
      return `The final image contains ${item.label} (${where(item)}): anyone who can pull the image can read it.${item.removedAt === null ? '' : ` Removing it at line ${item.removedAt} does not help: it stays in the layer of line ${item.line}.`} Pass secrets with \`RUN --mount=type=secret\` instead.`;
    default: {
      const never: never = category;
      return never;
    }
  }
}

const warned: ReadonlySet<string> = new Set<EstimateWarningCategory>(['toolchain', 'source', 'dev-dependencies', 'cache', 'secret']);

/** The stage-contents model's whole-source finding for the final stage, described for people. */
export interface WholeSourceFinding {
  line: number;
  /** `the whole build context`, `the whole working directory /app of "build"`. */
  what: string;
}

function wholeSourceWarning(finding: WholeSourceFinding, items: readonly ContentItem[], stage: number): EstimateWarning {
  const item =
    items.find((candidate) => candidate.line === finding.line && candidate.removedAt === null) ?? items.find((candidate) => candidate.line === finding.line);
  return {
    category: 'source',
    message: `The final image holds ${finding.what} (line ${finding.line}): ${finding.what.includes('build context') ? 'everything in the project folder that .dockerignore lets through' : 'everything that stage kept there'}, tests and tooling included. Copy only what the program needs at runtime, such as the build output from the build stage.`,
    finding: 'whole-source',
    line: finding.line,
    stage,
    itemId: item?.id ?? '',
    bytes: item?.bytes ?? null,
  };
}

/**
 * Warnings about the final stage's contents. Source is warned about exactly when the model finds a whole
 * source tree copied in (the finding the `no-source-in-runtime` check and SourceInFinalStage share).
 */
export function estimateWarnings(items: readonly ContentItem[], stage: number, baseRef: string, wholeSource: WholeSourceFinding | null): EstimateWarning[] {
  const warnings: EstimateWarning[] = wholeSource === null ? [] : [wholeSourceWarning(wholeSource, items, stage)];
  const builtOutput = items.some((item) => item.category === 'build-output' && item.removedAt === null);
  const baseToolchains = items.filter((item) => item.category === 'toolchain' && item.includedIn === 'base-image' && item.compiler && item.via !== 'copy');
  if (baseToolchains.length > 0) {
    const first = baseToolchains[0]!;
    const names = baseToolchains.map((item) => item.label.replace(/, in [^,]*$/, '')).join(' and ');
    warnings.push({
      category: 'toolchain',
      message: `The final image is built on ${baseRef}, which carries ${names}. A runtime needs only the build output: build in an earlier stage, then copy the result into a runtime base (a -slim, -alpine, JRE or distroless image, or scratch).`,
      line: first.line,
      stage,
      itemId: first.id,
      bytes: null,
    });
  }
  for (const item of items) {
    if (!warned.has(item.category)) continue;
    if (item.category === 'toolchain' && (!item.compiler || baseToolchains.includes(item))) continue;
    // A whole source tree is the finding below; a part of the source is dead weight only beside build output.
    if (item.category === 'source' && (wholeSource !== null || item.wholeBuildContext || !builtOutput)) continue;
    const category = item.category as EstimateWarningCategory;
    warnings.push({category, message: message(category, item), line: item.line, stage, itemId: item.id, bytes: item.bytes});
  }
  return warnings.sort((a, b) => a.line - b.line);
}

/**
 * Sizes of what builds add on top of a base image (node_modules, Go binaries, apt lists), with where each
 * figure comes from. Content is data, seeded from design/base-image-sizes.md ("Artifacts"). Decimal bytes.
 * Only figures the source supports are here; everything else an instruction adds has an unknown size.
 */

import type {SizeRange} from '../types';

export type ArtifactFigureKind = 'measurement' | 'estimate';

export interface ArtifactFigure {
  /** The typical figure; for an estimate given as a range, a figure inside it (see `assumption`). */
  bytes: number;
  range: SizeRange | null;
  kind: ArtifactFigureKind;
  /** One sentence for the UI: where the figure comes from. */
  assumption: string;
  source: string;
}

const MB = 1_000_000;
const mb = (megabytes: number): number => Math.round(megabytes * MB);
const sizesPage = 'design/base-image-sizes.md';

export const artifactFigures = {
  /**
   * Production dependencies. Measured: an Express-only app's node_modules is 4.5 MB (68 packages); real
   * apps 20–150 MB (est.). The typical figure is the measured small app; the range runs to real apps.
   */
  nodeProductionDependencies: {
    bytes: mb(4.5),
    range: {min: mb(4.5), max: mb(150)},
    kind: 'measurement',
    assumption: 'production node_modules measured at 4.5 MB for a small Express app; real apps are 20–150 MB (estimate)',
    source: `${sizesPage}: node_modules, express only = 4.5 MB / 68 packages (measured)`,
  },
  /**
   * What devDependencies add on top. Measured: the same app with TypeScript 7, Jest 30, ESLint 10, ts-node and
   * @types is 107 MB, so devDependencies add 107 − 4.5 = 102.5 MB. Real apps: 200–600 MB with devDependencies,
   * 20–150 MB without (est.), so the dev part lies between 200 − 150 = 50 MB and 600 − 20 = 580 MB.
   */
  nodeDevDependencies: {
    bytes: mb(107 - 4.5),
    range: {min: mb(200 - 150), max: mb(600 - 20)},
    kind: 'measurement',
    assumption:
      'devDependencies measured at 102.5 MB (107 MB with TypeScript, Jest and ESLint, less 4.5 MB of production packages); real apps add 50–580 MB (estimate)',
    source: `${sizesPage}: node_modules + devDeps = 107 MB / 303 packages (measured); real apps dev 200–600 MB (est.)`,
  },
  /**
   * A Go service binary: 16–24 MB before/after `-ldflags "-s -w" -trimpath` (illustrative page); the typical
   * figure is the midpoint, 20 MB. A stripped hello-world is ≈ 1.3 MB, the bottom of the range.
   */
  goBinary: {
    bytes: mb(20),
    range: {min: mb(1.3), max: mb(24)},
    kind: 'estimate',
    assumption: 'a typical Go service binary is 16–24 MB (taken as 20 MB); a stripped hello-world is about 1.3 MB (estimate)',
    source: `${sizesPage}: Go binaries, hello-world ≈ 1.3 MB stripped, typical service 16–24 MB (illustrative pages)`,
  },
  /** `/var/lib/apt/lists` after `apt-get update`: 19 MB, measured on Debian 12. */
  aptLists: {
    bytes: mb(19),
    range: null,
    kind: 'measurement',
    assumption: 'apt package lists left by apt-get update measured at 19 MB on Debian 12',
    source: `${sizesPage}: /var/lib/apt/lists after apt-get update = 19 MB (measured on Debian 12)`,
  },
} as const satisfies Record<string, ArtifactFigure>;

/** One line for `estimate.assumptions`. */
export const artifactAssumption =
  'what instructions add is sized only where a figure is known: node_modules (measured for a small Express app), ' +
  'Go binaries (typical figures) and apt lists (measured on Debian 12); source, build output, OS packages and ' +
  'most caches have no honest typical size and count as unknown';

import type {Analysis, Stage} from '../types';

/**
 * Every check the exercises can name. A check reasons about what a Dockerfile means (see
 * design/exercises.md, "Precise readings"); whether it is required or advice is the exercise's choice.
 */
export const checkIds = [
  'multiple-stages',
  'named-build-stage',
  'copy-from-build-stage',
  'build-output-in-runtime',
  'start-file-present',
  'smaller-runtime-base',
  'no-source-in-runtime',
  'no-build-in-runtime',
  'static-binary-for-minimal-base',
  'copy-from-defined-stage',
  'test-stage-exists',
  'test-stage-builds-on-build',
  'test-stage-runs-tests',
  'runtime-is-default',
  'deps-cached-before-source',
  'prod-deps-only',
  'non-root-user',
  'pinned-base-tags',
  'ca-certificates-on-scratch',
  'stage-name-casing',
  'cache-mount',
  // secret-mount and copy-paths
  'no-secret-in-arg-or-env',
  'no-secret-file-in-image',
  'no-secret-in-build-stages',
  'secret-via-mount',
  'secret-mount-required',
  'copy-from-paths-exist',
  'start-file-named',
  'writable-data-owned-by-user',
  'code-owned-by-root',
] as const;

export type CheckId = (typeof checkIds)[number];

export function isCheckId(value: string): value is CheckId {
  return (checkIds as readonly string[]).includes(value);
}

/** How an exercise names a check: required checks decide the verdict, advice is shown as a tip. */
export interface CheckSpec {
  id: CheckId;
  required: boolean;
}

/** What one check function finds. */
export interface CheckOutcome {
  passed: boolean;
  /** For a learner: what is wrong, where and why it matters; or, when passed, a short confirmation. */
  message: string;
  /** 1-based line the result is about, or null. */
  line: number | null;
}

/** One entry of a check report (design/analysis-contract.md, `check --format json`). */
export interface CheckResult extends CheckOutcome {
  id: CheckId;
  required: boolean;
  /**
   * The failed check of this report that explains this failure (every check that needs a build stage fails
   * when there is only one stage), always the root of such a chain; null when this check passed or fails
   * for a reason of its own. runChecks always sets it.
   */
  because?: CheckId | null;
}

export interface CheckReport {
  exercise: string;
  /** True exactly when every required check passed. */
  passed: boolean;
  /** Every check the exercise names, in the exercise's order. */
  checks: CheckResult[];
  /** Why BuildKit would refuse the file, or null (the checks still run on what could be read). */
  error: string | null;
}

/** What every check reads: the analysis of the learner's file and the stages the checks talk about. */
export interface CheckContext {
  text: string;
  analysis: Analysis;
  stages: readonly Stage[];
  /** The default target: the last stage. Null when the file has no stage. */
  final: Stage | null;
  /**
   * The build stage: the last stage before the final one that runs the build command, itself or through
   * a stage it is built on; among several, one the final stage depends on. Null when none does.
   */
  build: Stage | null;
  /** Stages BuildKit builds for a plain `docker build .`. */
  defaultBuilt: ReadonlySet<number>;
}

export type CheckFunction = (context: CheckContext) => CheckOutcome;

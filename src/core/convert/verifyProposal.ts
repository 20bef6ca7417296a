/** Every proposal is checked by the engine before anyone sees it: BuildKit accepts it, it starts, it passes the rubric. */

import {analyze} from '../analyze';
import {multiStageRequiredChecks} from '../checks/rubrics';
import {runChecks} from '../checks/runChecks';
import {startOf} from '../checks/startCommand';
import type {CheckId} from '../checks/types';
import {findInFinalImage} from '../contents/queries';
import type {Analysis} from '../types';
import type {StackKind} from './types';

/** A compiled program's split (Java, Rust): no exercise, and no build output of a known shape to look for. */
const compiledRubric: readonly CheckId[] = [
  'multiple-stages',
  'named-build-stage',
  'copy-from-build-stage',
  'start-file-present',
  'no-source-in-runtime',
  'no-build-in-runtime',
  'smaller-runtime-base',
];

/** Where an exercise's rubric applies, its id and required checks; other stacks get the checks every split must pass. */
export const rubrics: Readonly<Record<StackKind, {exercise: string | null; checks: readonly CheckId[]}>> = {
  node: {exercise: 'node-multi-stage', checks: multiStageRequiredChecks},
  go: {exercise: 'go-multi-stage', checks: [...multiStageRequiredChecks, 'static-binary-for-minimal-base']},
  'static-site': {
    exercise: null,
    checks: ['multiple-stages', 'named-build-stage', 'copy-from-build-stage', 'no-source-in-runtime', 'no-build-in-runtime', 'smaller-runtime-base'],
  },
  java: {exercise: null, checks: compiledRubric},
  rust: {exercise: null, checks: compiledRubric},
  python: {exercise: null, checks: ['multiple-stages', 'no-build-in-runtime', 'non-root-user', 'pinned-base-tags']},
};

export type Verification = {ok: true; analysis: Analysis} | {ok: false; reason: string};

/** The start command's file is in the final image (static sites start the server image's own command). */
function startFileReason(analysis: Analysis, stack: StackKind): string | null {
  if (stack === 'static-site') return null;
  const final = analysis.stages[analysis.target ?? -1];
  if (final === undefined) return 'it has no final stage';
  const start = startOf(final, analysis).startFile;
  if (start.kind !== 'file') return `its start command names no file (${start.reason})`;
  return start.candidates.some((path) => findInFinalImage(analysis, path) !== null)
    ? null
    : `its final stage does not hold ${start.shown}, the file the start command runs`;
}

export function verifyProposal(text: string, stack: StackKind): Verification {
  const analysis = analyze(text);
  if (analysis.error !== null) return {ok: false, reason: `BuildKit would refuse it: ${analysis.error}`};
  const error = analysis.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  if (error !== undefined) return {ok: false, reason: `line ${error.line}: ${error.message}`};
  const start = startFileReason(analysis, stack);
  if (start !== null) return {ok: false, reason: start};
  const report = runChecks(rubrics[stack].checks, text, {analysis});
  const failed = report.checks.find((check) => check.required && !check.passed);
  return failed === undefined ? {ok: true, analysis} : {ok: false, reason: `the check ${failed.id} fails: ${failed.message}`};
}

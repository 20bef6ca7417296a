import type {CheckId} from './types';

/**
 * The checks every split of a built app must pass: the node-multi-stage exercise's required checks, which the
 * later Node.js exercises and go-multi-stage keep, and which "Make it multi-stage" verifies its proposals with.
 */
export const multiStageRequiredChecks: readonly CheckId[] = [
  'multiple-stages',
  'named-build-stage',
  'copy-from-build-stage',
  'build-output-in-runtime',
  'start-file-present',
  'smaller-runtime-base',
  'no-source-in-runtime',
  'no-build-in-runtime',
];

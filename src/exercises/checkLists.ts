import {multiStageRequiredChecks, type CheckId, type CheckSpec} from '../core';

const required = (ids: readonly CheckId[]): CheckSpec[] => ids.map((id) => ({id, required: true}));
const advice = (ids: readonly CheckId[]): CheckSpec[] => ids.map((id) => ({id, required: false}));

/** The `node-multi-stage` required checks, which later Node.js exercises keep (and go-multi-stage, plus its own). */
export const nodeRequired: readonly CheckSpec[] = required(multiStageRequiredChecks);

/** The `node-multi-stage` advice, shown too in the later Node.js exercises (never blocking). */
export const nodeAdvice: readonly CheckSpec[] = advice(['prod-deps-only', 'deps-cached-before-source', 'non-root-user', 'pinned-base-tags']);

export {advice, required};

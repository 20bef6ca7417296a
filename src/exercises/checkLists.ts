import type {CheckId, CheckSpec} from '../core';
// Straight from the rubric module, not the core barrel: the exercises index page imports this list and must not pull in the analysis.
import {multiStageRequiredChecks} from '../core/checks/rubrics';

const required = (ids: readonly CheckId[]): CheckSpec[] => ids.map((id) => ({id, required: true}));
const advice = (ids: readonly CheckId[]): CheckSpec[] => ids.map((id) => ({id, required: false}));

/** The `node-multi-stage` required checks, which later Node.js exercises keep (and go-multi-stage, plus its own). */
export const nodeRequired: readonly CheckSpec[] = required(multiStageRequiredChecks);

/** The `node-multi-stage` advice, shown too in the later Node.js exercises (never blocking). */
export const nodeAdvice: readonly CheckSpec[] = advice(['prod-deps-only', 'deps-cached-before-source', 'non-root-user', 'pinned-base-tags']);

export {advice, required};

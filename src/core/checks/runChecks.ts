import type {Analysis} from '../types';
import {buildCheckContext} from './context';
import {checkRegistry} from './registry';
import {isCheckId, type CheckContext, type CheckId, type CheckReport, type CheckResult, type CheckSpec} from './types';

export interface RunChecksOptions {
  /** The exercise id the report names (`exercise` in the contract's JSON). */
  exercise?: string;
  /**
   * The analysis of `text` when the caller already has it (the editor does), made with the default target
   * and no build args; otherwise runChecks analyses the text itself.
   */
  analysis?: Analysis;
}

/** A check that throws is a bug in Stagecraft, never a verdict on the learner's file. */
function runOne(spec: CheckSpec, context: CheckContext): CheckResult {
  try {
    const outcome = checkRegistry[spec.id](context);
    // Messages are assembled from parts that may start with `line N`: each sentence starts with a capital.
    const message = (outcome.message.charAt(0).toUpperCase() + outcome.message.slice(1)).replace(/([.!?] )line (\d)/g, '$1Line $2');
    return {id: spec.id, required: spec.required, passed: outcome.passed, message, line: outcome.line};
  } catch (error) {
    return {
      id: spec.id,
      required: spec.required,
      passed: false,
      message: `Stagecraft could not run this check (${error instanceof Error ? error.message : String(error)}). This is a bug in Stagecraft, not in your Dockerfile.`,
      line: null,
    };
  }
}

/**
 * Runs checks over a Dockerfile's text and returns the contract's report: every check in the given
 * order, `passed` exactly when every required one passed. A bare id counts as required.
 * Never throws on user text; an unknown check id is a programming error and throws.
 */
export function runChecks(checks: readonly (CheckSpec | CheckId)[], text: string, options: RunChecksOptions = {}): CheckReport {
  const specs = checks.map((check) => (typeof check === 'string' ? {id: check, required: true} : check));
  for (const spec of specs) if (!isCheckId(spec.id)) throw new Error(`unknown check id ${String(spec.id)}`);
  const context = buildCheckContext(text, options.analysis);
  const results = specs.map((spec) => runOne(spec, context));
  return {
    exercise: options.exercise ?? '',
    passed: results.every((result) => result.passed || !result.required),
    checks: results,
    error: context.analysis.error,
  };
}

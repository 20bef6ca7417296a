import {closestName} from '../diagnostics/rules/closestName';
import {isExplicitImageReference} from '../model/parseImageReference';
import type {Analysis, ExternalImage, SourceRange} from '../types';
import {buildCheckContext} from './context';
import {checkRegistry} from './registry';
import {checkIds, isCheckId, type CheckContext, type CheckId, type CheckReport, type CheckResult, type CheckSpec} from './types';

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
  const results = linkCauses(
    specs.map((spec) => runOne(spec, context)),
    context,
  );
  return {
    exercise: options.exercise ?? '',
    passed: results.every((result) => result.passed || !result.required),
    checks: results,
    error: context.analysis.error,
  };
}

// ---------------------------------------------------------------------------------------------
// because: which failure explains which

/** Checks that read the build stage: with none, each fails with the same no-build-stage sentence. */
const needsBuildStage: readonly CheckId[] = [
  'named-build-stage',
  'copy-from-build-stage',
  'build-output-in-runtime',
  'smaller-runtime-base',
  'static-binary-for-minimal-base',
  'deps-cached-before-source',
  'cache-mount',
];

/** Checks that read what a COPY --from brings. */
const readsCopiedFiles: readonly CheckId[] = [
  'copy-from-defined-stage',
  'copy-from-build-stage',
  'build-output-in-runtime',
  'start-file-present',
  'prod-deps-only',
  'deps-cached-before-source',
  'test-stage-builds-on-build',
  'ca-certificates-on-scratch',
];

/**
 * How a failed root check explains a failed dependent. Either `when` holds on this file exactly when the
 * root's failure is the dependent's reason, or `repair` writes the file with the root's cause fixed and
 * the dependent counts as explained when it passes there. The first rule that applies wins.
 */
type Dependency = {root: CheckId; dependents: readonly CheckId[]} & (
  {when: (context: CheckContext) => boolean} | {repair: (context: CheckContext) => string | null}
);

const dependencies: readonly Dependency[] = [
  // No FROM at all: no check has a stage to look at.
  {root: 'multiple-stages', dependents: checkIds, when: ({final}) => final === null},
  // A single stage is still judged on its cache order (deps-cached-before-source reads that one stage).
  {
    root: 'multiple-stages',
    dependents: needsBuildStage.filter((id) => id !== 'deps-cached-before-source'),
    when: ({build, stages}) => build === null && stages.length === 1,
  },
  // Several stages, but only the final one builds: there is still no build stage before it.
  {root: 'no-build-in-runtime', dependents: needsBuildStage, when: ({build, stages}) => build === null && stages.length > 1},
  {
    root: 'test-stage-exists',
    dependents: ['test-stage-builds-on-build', 'test-stage-runs-tests'],
    when: ({stages}) => !stages.some((stage) => stage.name === 'test'),
  },
  // COPY --from=build while the build stage has no name.
  {root: 'named-build-stage', dependents: readsCopiedFiles, repair: nameBuildStageAsCopied},
  // COPY --from=biulder: a typo of a stage name.
  {root: 'copy-from-defined-stage', dependents: readsCopiedFiles, repair: correctMistypedStages},
  // Nothing is copied from the build stage, so none of its output is either.
  {root: 'copy-from-build-stage', dependents: ['build-output-in-runtime'], when: ({build}) => build !== null},
];

/** `--from` words of COPY that name no stage and are no explicit image, last first (so edits keep earlier columns). */
function bareCopySources({analysis}: CheckContext): ExternalImage[] {
  return analysis.externalImages
    .filter((image) => image.via === 'copy' && !isExplicitImageReference(image.ref) && image.range.line === image.range.endLine)
    .sort((a, b) => b.range.line - a.range.line || b.range.column - a.range.column);
}

function replaceOnLine(text: string, range: SourceRange, replacement: string): string {
  const lines = text.split('\n');
  const line = lines[range.line - 1] ?? '';
  lines[range.line - 1] = line.slice(0, range.column - 1) + replacement + line.slice(range.endColumn - 1);
  return lines.join('\n');
}

/** The file with every mistyped `--from` replaced by the stage name it most likely meant, or null. */
function correctMistypedStages(context: CheckContext): string | null {
  const names = context.stages.flatMap((stage) => (stage.name === null ? [] : [stage.name]));
  let text: string | null = null;
  for (const image of bareCopySources(context)) {
    const meant = closestName(image.ref.toLowerCase(), names);
    if (meant !== null) text = replaceOnLine(text ?? context.text, image.range, `--from=${meant}`);
  }
  return text;
}

/** The file with the unnamed build stage named after the word a later stage copies --from, or null. */
function nameBuildStageAsCopied(context: CheckContext): string | null {
  const {build} = context;
  if (build === null || build.name !== null) return null;
  const word = bareCopySources(context)
    .find((image) => image.stage > build.index)
    ?.ref.toLowerCase();
  if (word === undefined || !/^[a-z][a-z0-9._-]*$/.test(word)) return null;
  const lines = context.text.split('\n');
  const from = lines[build.line - 1];
  if (from === undefined || /\\\s*$/.test(from)) return null;
  lines[build.line - 1] = `${from.replace(/\s+$/, '')} AS ${word}${from.endsWith('\r') ? '\r' : ''}`;
  return lines.join('\n');
}

/** Whether the rule's root explains this failed result on this file (repaired files are made once per rule). */
function explains(rule: Dependency, result: CheckResult, context: CheckContext, repaired: Map<Dependency, CheckContext | null>): boolean {
  if ('when' in rule) return rule.when(context);
  if (!repaired.has(rule)) {
    const text = rule.repair(context);
    repaired.set(rule, text === null ? null : buildCheckContext(text));
  }
  const fixed = repaired.get(rule);
  return fixed != null && runOne({id: result.id, required: result.required}, fixed).passed;
}

/** Sets `because` on every result: the root failure of this report that explains it, or null. */
function linkCauses(results: CheckResult[], context: CheckContext): CheckResult[] {
  const failed = new Set(results.filter((result) => !result.passed).map((result) => result.id));
  const repaired = new Map<Dependency, CheckContext | null>();
  const direct = new Map<CheckId, CheckId>();
  for (const result of results) {
    if (result.passed) continue;
    const rule = dependencies.find(
      (candidate) =>
        candidate.root !== result.id &&
        failed.has(candidate.root) &&
        candidate.dependents.includes(result.id) &&
        explains(candidate, result, context, repaired),
    );
    if (rule !== undefined) direct.set(result.id, rule.root);
  }
  const rootOf = (id: CheckId): CheckId | null => {
    let root = direct.get(id) ?? null;
    const seen = new Set<CheckId>([id]);
    while (root !== null && direct.has(root) && !seen.has(root)) {
      seen.add(root);
      root = direct.get(root)!;
    }
    return root;
  };
  return results.map((result) => ({...result, because: rootOf(result.id)}));
}

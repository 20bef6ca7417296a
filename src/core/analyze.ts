import {applyCheckPolicy, checkBuildArg, isBuildCheck, readCheckPolicy} from './diagnostics/checkDirective';
import {buildContextMatcher} from './model/buildContextNames';
import {baseImagePlatformRule} from './diagnostics/rules/baseImagePlatformRule';
import {casingRule} from './diagnostics/rules/casingRule';
import {copyIgnoredRule} from './diagnostics/rules/copyIgnoredRule';
import {definitionDescriptionRule, formatRules} from './diagnostics/rules/formatRules';
import {platformRules} from './diagnostics/rules/platformRules';
import {undefinedVarRule} from './diagnostics/rules/undefinedVarRule';
import {fromRules} from './diagnostics/rules/fromRules';
import {finalStageRules} from './diagnostics/rules/finalStageRules';
import {freshnessRule} from './diagnostics/rules/freshnessRule';
import {instructionRules} from './diagnostics/rules/instructionRules';
import {referenceRules} from './diagnostics/rules/referenceRules';
import {stageNameRules} from './diagnostics/rules/stageNameRules';
import {toolchainRule} from './diagnostics/rules/toolchainRule';
import type {Rule, RuleContext} from './diagnostics/ruleContext';
import {buildStageContents, type BuildContextNames, type StageContents} from './contents/buildStageContents';
import {stagePurpose} from './contents/stagePurpose';
import {walkStages, type WalkInputs} from './contents/walkStages';
import {emptyEstimate, estimateImage} from './estimate/estimateImage';
import {buildStageGraph, reachableFrom, type StageGraph} from './graph/buildStageGraph';
import {parseChange} from './cache/parseChange';
import {simulateCache} from './cache/simulateCache';
import {platformArgs, parsePlatform, type Platform} from './model/predefinedArgs';
import {buildPlan} from './plan/buildPlan';
import {buildStageModel} from './model/buildStageModel';
import {DiagnosticSink} from './model/refusals';
import {parseDockerfile, type ParsedFile} from './parse/parseDockerfile';
import type {Analysis, AnalysisError, AnalyzeOptions, Diagnostic, Estimate, Stage} from './types';

/** Files beyond this many characters are analysed up to the last full line before it. */
export const maxAnalysedCharacters = 1_000_000;

const rules: Rule[] = [
  stageNameRules,
  casingRule,
  fromRules,
  platformRules,
  baseImagePlatformRule,
  referenceRules,
  instructionRules,
  formatRules,
  definitionDescriptionRule,
  undefinedVarRule,
  copyIgnoredRule,
  finalStageRules,
  toolchainRule,
  freshnessRule,
];

const severityOrder = {error: 0, warning: 1, info: 2} as const;

function emptyAnalysis(): Analysis {
  return {
    stages: [],
    dependencies: [],
    externalImages: [],
    target: null,
    builtStages: [],
    legacyBuiltStages: [],
    replacedStages: [],
    diagnostics: [],
    error: null,
    errorDetail: null,
    globalArgs: [],
    escapeCharacter: '\\',
    estimate: emptyEstimate(),
    contents: [],
    plan: {builder: 'buildkit', target: null, stages: [], waves: [], skipped: [], notNeeded: [], criticalPath: [], platforms: []},
    cache: null,
  };
}

function truncate(text: string, sink: DiagnosticSink): string {
  if (text.length <= maxAnalysedCharacters) return text;
  const cut = text.lastIndexOf('\n', maxAnalysedCharacters);
  const kept = text.slice(0, cut > 0 ? cut : maxAnalysedCharacters);
  const line = kept.split('\n').length;
  const megabytes = (text.length / 1_000_000).toFixed(1);
  sink.report(
    'FileTooLarge',
    `This file has ${megabytes} million characters; Stagecraft analyses the first ${maxAnalysedCharacters / 1_000_000} million (up to line ${line}) and ignores the rest. Real Dockerfiles are far smaller.`,
    {line, column: 1, endLine: line, endColumn: 1},
  );
  return kept;
}

function firstRefusal(sink: DiagnosticSink): AnalysisError | null {
  const ordered = sink.refusals
    .map((refusal, order) => ({refusal, order}))
    .sort((a, b) => sink.phaseOf(a.refusal) - sink.phaseOf(b.refusal) || a.order - b.order);
  return ordered[0]?.refusal ?? null;
}

/**
 * The analysis pipeline: parse (dockerfile-ast) → stage model → stage graph → diagnostics. Never throws
 * on user text: whatever the input, the result is a filled model with diagnostics explaining the rest.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const sink = new DiagnosticSink();
  try {
    return analyzeWith(truncate(text, sink), options, sink);
  } catch (error) {
    const analysis = emptyAnalysis();
    analysis.diagnostics = [
      ...sink.diagnostics,
      {
        code: 'InternalError',
        severity: 'error',
        message: `Stagecraft could not analyse this file (${error instanceof Error ? error.message : String(error)}). This is a bug in Stagecraft, not in your Dockerfile.`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        url: null,
        stage: null,
      },
    ];
    return analysis;
  }
}

/** The stage contents, or none when they could not be read (a bug in Stagecraft must not cost the user the graph). */
function safeContents(stages: Stage[], inputs: WalkInputs, contexts: BuildContextNames): StageContents[] {
  try {
    return buildStageContents(stages, walkStages(stages, inputs), inputs.escapeCharacter, contexts);
  } catch {
    return [];
  }
}

/** The estimate, or an empty one saying why: a bug in the estimate must not cost the user the rest of the analysis. */
function safeEstimate(stages: Stage[], contents: StageContents[], target: number | null, builtStages: number[]): Estimate {
  try {
    return estimateImage({stages, contents, target, builtStages});
  } catch (error) {
    return emptyEstimate(
      `the size estimate could not be made (${error instanceof Error ? error.message : String(error)}); this is a bug in Stagecraft, not in your Dockerfile`,
    );
  }
}

/**
 * BuildKit splits lines on LF only (a CR before it is trimmed); dockerfile-ast would also break on a lone CR,
 * so a lone CR becomes a space, keeping line numbers the same as BuildKit's.
 */
function normaliseLoneCarriageReturns(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, ' ') : text;
}

/**
 * The build checks BuildKit reports under the check policy, and its refusals: an unparsable policy, or
 * `error=true` with a check firing ("lint violation found for rules: …", at the first one's line).
 */
function applyChecks(parsed: ParsedFile, options: AnalyzeOptions, sink: DiagnosticSink): Diagnostic[] {
  const policy = readCheckPolicy(parsed.directives, options.buildArgs ?? {});
  if (policy.problem !== null) {
    const line = policy.line ?? 1;
    const where = policy.source === 'build-arg' ? `--build-arg ${checkBuildArg}` : 'The # check= directive';
    sink.refuse('InvalidCheckOption', policy.problem, `${where} does not parse, so BuildKit stops: ${policy.problem}.`, {
      line,
      column: 1,
      endLine: line,
      endColumn: 1,
    });
  }
  const kept = applyCheckPolicy(sink.diagnostics, policy, parsed.instructions);
  const fired = kept.filter((d) => isBuildCheck(d.code));
  if (policy.options.error && fired.length > 0) {
    const rules = [...new Set(fired.map((d) => d.code))];
    const line = Math.min(...fired.map((d) => d.line));
    const where = policy.source === 'build-arg' ? `--build-arg ${checkBuildArg}=…error=true` : '# check=error=true';
    sink.refuse(
      'LintViolation',
      `lint violation found for rules: ${rules.join(', ')}`,
      `${where} makes every build check a failure, and ${rules.join(', ')} fired. Fix them, or skip a rule with # check=skip=<Rule>.`,
      {line, column: 1, endLine: line, endColumn: 1},
    );
    kept.push(sink.diagnostics[sink.diagnostics.length - 1]!);
  }
  return kept;
}

/** The build plan for the chosen builder, and the cache simulation when changes were given: queries over the model. */
function simulate(
  stages: Stage[],
  graph: StageGraph,
  contents: StageContents[],
  options: AnalyzeOptions,
  platform: Platform | null,
): Pick<Analysis, 'plan' | 'cache'> {
  const targetGiven = options.target !== undefined && options.target !== null && options.target !== '';
  const plan = buildPlan({
    stages,
    dependencies: graph.dependencies,
    target: graph.target,
    targetGiven,
    builder: options.builder ?? 'buildkit',
    platform,
    replaced: graph.replacedStages,
  });
  const changes = (options.changes ?? []).map(parseChange).flatMap((parsed) => (parsed.ok ? [parsed.change] : []));
  return {plan, cache: changes.length > 0 ? simulateCache(stages, contents, plan, changes) : null};
}

function analyzeWith(rawText: string, options: AnalyzeOptions, sink: DiagnosticSink): Analysis {
  const text = normaliseLoneCarriageReturns(rawText);
  const parsed = parseDockerfile(text);
  if (parsed.instructions.length === 0) {
    const empty = text.length === 0;
    const range = {line: 1, column: 1, endLine: 1, endColumn: 1};
    if (empty) sink.refuse('EmptyDockerfile', 'the Dockerfile cannot be empty', 'The file is empty: a Dockerfile needs at least FROM <image>.', range);
    else sink.refuse('NoInstructions', 'file with no instructions', 'The file holds only comments; a Dockerfile needs at least FROM <image>.', range);
  }
  const buildArgs = options.buildArgs ?? {};
  const platform = options.platform ? parsePlatform(options.platform) : null;
  const model = buildStageModel(parsed, buildArgs, sink, platform);
  const buildContexts = buildContextMatcher(options.buildContexts);
  const graph = buildStageGraph(model, options.target, sink, buildContexts);
  // A stage's `ARG TARGETARCH` takes the predefined value; a global ARG of the same name wins over it.
  const predefined = [...platformArgs(platform, buildArgs)].map(([name, value]) => ({name, value}));
  const contents = safeContents(
    model.stages,
    {globalArgs: [...predefined, ...model.globalArgs], buildArgs, escapeCharacter: parsed.escapeCharacter},
    {names: buildContexts, replaced: new Set(graph.replacedStages)},
  );
  const lastStage = model.stages.length - 1;
  // What a plain build of the file builds, whatever the inputs: the structural rules (UnusedStage) judge the file.
  const defaultBuilt = new Set(lastStage >= 0 ? reachableFrom(lastStage, graph.dependencies, model.stages.length) : []);
  const context: RuleContext = {
    parsed,
    model,
    graph,
    contents,
    defaultBuilt,
    finalPurpose: lastStage >= 0 ? stagePurpose(model.stages[lastStage]!, contents) : null,
    targetOption: options.target ?? null,
    options,
    platform,
    buildContexts,
    today: options.today ?? new Date(),
    sink,
  };
  for (const rule of rules) rule(context);

  const kept = applyChecks(parsed, options, sink);
  const diagnostics = kept.sort((a, b) => a.line - b.line || a.column - b.column || severityOrder[a.severity] - severityOrder[b.severity]);
  const refusal = firstRefusal(sink);
  return {
    stages: model.stages,
    dependencies: graph.dependencies,
    externalImages: graph.externalImages,
    target: graph.target,
    builtStages: graph.builtStages,
    legacyBuiltStages: graph.legacyBuiltStages,
    replacedStages: graph.replacedStages,
    diagnostics,
    error: refusal?.message ?? null,
    errorDetail: refusal,
    globalArgs: model.globalArgs,
    escapeCharacter: parsed.escapeCharacter,
    estimate: safeEstimate(model.stages, contents, graph.target, graph.builtStages),
    contents,
    ...simulate(model.stages, graph, contents, options, platform),
  };
}

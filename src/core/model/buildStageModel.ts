import {splitFlags, unquote} from '../parse/flags';
import type {ParsedFile, ParsedInstruction, Word} from '../parse/parseDockerfile';
import type {Instruction, KeyValue, SourceRange, Stage, StageReference} from '../types';
import {expandWord, type ExpandResult} from './expandWord';
import {parseImageReference} from './parseImageReference';
import {platformArgs, predefinedArgNamesWithoutValue, predefinedArgs, type Platform} from './predefinedArgs';
import {DiagnosticSink} from './refusals';
import type {DiagnosticCode} from '../diagnostics/codes';
import {knownKeywords, toInstruction, type ConvertedInstruction} from './toInstruction';

/** A `--from` (COPY) or mount `from=` waiting to be resolved once every stage is known. */
export interface PendingReference {
  stage: number;
  instruction: Instruction;
  raw: string;
  via: 'copy' | 'mount';
  mountIndex?: number;
  range: SourceRange;
}

/**
 * What BuildKit will refuse in an ONBUILD trigger, held until a stage is built on the trigger's stage: parseOnBuild
 * stores the trigger's text unread (instructions/parse.go), and initOnBuildTriggers parses it only for a stage
 * built FROM this one (dockerfile2llb/convert.go resolveStages).
 */
export interface TriggerRefusal {
  stage: number;
  code: DiagnosticCode;
  buildkitMessage: string;
  message: string;
  range: SourceRange;
}

export interface StageModel {
  stages: Stage[];
  references: PendingReference[];
  triggerRefusals: TriggerRefusal[];
  /** The file's `# syntax=` names a -labs frontend, which is built with the features the stable one lacks. */
  labsFrontend: boolean;
  globalArgs: KeyValue[];
  /** Global ARG names (declared before the first FROM) plus BuildKit's predefined ones. */
  declaredGlobalArgs: Set<string>;
  /** FROM lines and their parts, for the rules that look at how FROM was written. */
  fromLines: FromLine[];
}

export interface FromLine {
  stage: number;
  keywordAsWritten: string;
  asWord: Word | null;
  nameWord: Word | null;
  baseWord: Word | null;
  platformRange: SourceRange | null;
  range: SourceRange;
  /** Variables the base and --platform referenced that are not global ARGs. */
  undefinedArgs: string[];
  /**
   * Base expanded with ARG defaults only (no --build-arg), for every stage as BuildKit's InvalidDefaultArgInFrom
   * check reads it; null when that expansion fails (BuildKit then abandons the check for the rest of the file).
   */
  baseWithDefaultsOnly: string | null;
  /** `--platform` expanded with the global ARGs (and --build-arg), or null without the flag. */
  platformExpansion: ExpandResult | null;
}

/** BuildKit's predefined ARG names, every global-ARG set starts with them. */
const predefinedArgNames: readonly string[] = [...Object.keys(predefinedArgs), ...predefinedArgNamesWithoutValue];

const validStageName = /^[a-z][a-z0-9-_.]*$/;

interface MetaArg {
  name: string;
  defaultValue: string | null;
}

function evaluateGlobalArgs(metaArgs: MetaArg[], buildArgs: Record<string, string>, useBuildArgs: boolean, platform: Platform | null): Map<string, string> {
  const env = platformArgs(platform, useBuildArgs ? buildArgs : {});
  for (const arg of metaArgs) {
    const provided = useBuildArgs ? buildArgs[arg.name] : undefined;
    if (provided !== undefined) env.set(arg.name, provided);
    else if (arg.defaultValue !== null) env.set(arg.name, expandWord(arg.defaultValue, env).value);
  }
  return env;
}

function stageDisplayName(stage: {index: number; name: string | null}): string {
  return stage.name ?? `stage-${stage.index}`;
}

function lastLineOf(instructions: ParsedInstruction[]): SourceRange | null {
  return instructions.length > 0 ? instructions[instructions.length - 1]!.range : null;
}

/**
 * Groups instructions into stages the way BuildKit's instructions.Parse and dispatchStates do: global ARGs
 * first, each FROM opening a stage, bases expanded with the global ARGs and bound to earlier stages.
 */
interface StageSource {
  from: ParsedInstruction;
  body: ParsedInstruction[];
}

/** Refuses heredocs without their terminator line (in an instruction or its ONBUILD trigger). */
function refuseUnterminatedHeredocs(instruction: ParsedInstruction, sink: DiagnosticSink): void {
  for (const heredoc of [...instruction.heredocs, ...(instruction.trigger?.heredocs ?? [])]) {
    if (heredoc.terminated) continue;
    sink.refuse(
      'UnterminatedHeredoc',
      'unterminated heredoc',
      `The heredoc <<${heredoc.name} never ends: BuildKit needs a line that is exactly "${heredoc.name}".`,
      heredoc.range,
    );
  }
}

/** A global ARG's names and defaults; its flags are split off and never read (parse.go parseArg). */
function metaArgsOf(instruction: ParsedInstruction, escape: string): MetaArg[] {
  return splitFlags(instruction.words, escape).rest.map((word) => {
    const equals = word.value.indexOf('=');
    return equals === -1
      ? {name: unquote(word.value, escape), defaultValue: null}
      : {name: unquote(word.value.slice(0, equals), escape), defaultValue: word.value.slice(equals + 1)};
  });
}

/** Groups the instructions into stages as BuildKit's parser does: ARGs before the first FROM are global. */
function groupIntoStages(parsed: ParsedFile, sink: DiagnosticSink): {metaArgs: MetaArg[]; stages: StageSource[]} {
  const metaArgs: MetaArg[] = [];
  const stages: StageSource[] = [];
  for (const instruction of parsed.instructions) {
    refuseUnterminatedHeredocs(instruction, sink);
    if (!knownKeywords.has(instruction.keyword)) {
      sink.refuse(
        'UnknownInstruction',
        `unknown instruction: ${instruction.keywordAsWritten}`,
        `"${instruction.keywordAsWritten}" is not a Dockerfile instruction, so BuildKit stops here.`,
        instruction.range,
      );
      continue;
    }
    const current = stages[stages.length - 1];
    if (instruction.keyword === 'FROM') stages.push({from: instruction, body: []});
    else if (current) current.body.push(instruction);
    else if (instruction.keyword === 'ARG') metaArgs.push(...metaArgsOf(instruction, parsed.escapeCharacter));
    else {
      sink.refuse(
        'InstructionBeforeFrom',
        'no build stage in current context',
        `${instruction.keyword} comes before the first FROM; only ARG may appear there.`,
        instruction.range,
      );
    }
  }
  return {metaArgs, stages};
}

/** What every stage's FROM line is read against: the global ARGs and the names of the stages so far. */
interface FromContext {
  escape: string;
  env: ReadonlyMap<string, string>;
  envDefaultsOnly: ReadonlyMap<string, string>;
  declaredGlobalArgs: ReadonlySet<string>;
  namesSoFar: ReadonlyMap<string, number>;
  sink: DiagnosticSink;
  triggerRefusals: TriggerRefusal[];
}

/** The words of a FROM line: its flags (only --platform), the base, and `AS name`, each checked as BuildKit does. */
function readFromWords(from: ParsedInstruction, index: number, context: FromContext) {
  const {sink} = context;
  const {flags, rest, problems} = splitFlags(from.words, context.escape);
  for (const problem of problems) {
    sink.refuse('MissingFlagValue', problem.message, `FROM ${problem.message}: write --${problem.flag.name}=value.`, problem.flag.range, index);
  }
  for (const flag of flags) {
    if (flag.name !== 'platform')
      sink.refuse('UnknownFlag', `unknown flag: --${flag.name}`, `FROM has no --${flag.name} flag; only --platform.`, flag.range, index);
  }
  const hasAs = rest.length === 3 && rest[1]!.value.toLowerCase() === 'as';
  if (rest.length !== 1 && !hasAs) {
    sink.refuse(
      'FromArgumentCount',
      'FROM requires either one or three arguments',
      rest.length > 3 && rest[3]!.value.startsWith('#')
        ? 'FROM takes "image" or "image AS name"; a comment at the end of a FROM line counts as more words, so put it on its own line.'
        : 'FROM takes either "image" or "image AS name".',
      from.range,
      index,
    );
  }
  const nameWord = hasAs ? rest[2]! : null;
  const declaredName = nameWord ? nameWord.value : null;
  const name = declaredName === null ? null : declaredName.toLowerCase();
  if (name !== null && !validStageName.test(name)) {
    sink.refuse(
      'InvalidStageName',
      `invalid name for build stage: "${declaredName}", name can't start with a number or contain symbols`,
      `"${declaredName}" is not a valid stage name: start with a letter, then use letters, digits, "-", "_" or ".". Names are never variable-expanded.`,
      nameWord!.range,
      index,
    );
  }
  const platformFlag = flags.find((flag) => flag.name === 'platform') ?? null;
  return {platformFlag, baseWord: rest[0] ?? null, asWord: hasAs ? rest[1]! : null, nameWord, declaredName, name};
}

/** The base after global-ARG expansion, the variables it used that are not global ARGs, and the --platform value. */
function expandBase(from: ParsedInstruction, words: ReturnType<typeof readFromWords>, index: number, context: FromContext) {
  const {env, escape, declaredGlobalArgs} = context;
  const rawBase = words.baseWord ? words.baseWord.value : '';
  const expanded = expandWord(rawBase, env, escape);
  const undefinedArgs = expanded.used.filter((used) => !declaredGlobalArgs.has(used));
  const platform = words.platformFlag ? words.platformFlag.value : null;
  const platformExpansion = words.platformFlag ? expandWord(words.platformFlag.value ?? '', env, escape) : null;
  const platformValue = platformExpansion?.value ?? null;
  for (const used of platformExpansion?.used ?? []) {
    if (!declaredGlobalArgs.has(used) && !undefinedArgs.includes(used)) undefinedArgs.push(used);
  }
  if (expanded.error) {
    context.sink.refuse(
      'ExpansionError',
      `failed to process "${rawBase}": ${expanded.error}`,
      `Expanding "${rawBase}" failed: ${expanded.error}.`,
      words.baseWord?.range ?? from.range,
      index,
    );
  }
  const withDefaultsOnly = expandWord(rawBase, context.envDefaultsOnly, escape);
  const baseWithDefaultsOnly = withDefaultsOnly.error === null ? withDefaultsOnly.value : null;
  return {rawBase, base: expanded.value, failed: expanded.error !== null, undefinedArgs, platform, platformExpansion, platformValue, baseWithDefaultsOnly};
}

/** Binds the base to an earlier stage of that exact name, else checks it as an image reference (every stage, built or not). */
function bindBase(base: string, rawBase: string, baseWord: Word | null, failed: boolean, index: number, context: FromContext): number | null {
  const bound = context.namesSoFar.get(base);
  if (bound !== undefined) return bound;
  // An expansion error was already refused: BuildKit stops there.
  if (failed || baseWord === null || base === 'scratch') return null;
  if (base === '') {
    const unset = expandWord(rawBase, context.env, context.escape).unset;
    const needs = unset.length > 0 ? unset.map((name) => `--build-arg ${name}=<image>`).join(' ') : '--build-arg';
    context.sink.refuse(
      'BlankBaseName',
      `base name (${rawBase}) should not be blank`,
      `FROM ${rawBase} has no image unless the build passes ${needs}: without it BuildKit stops with "base name (${rawBase}) should not be blank". Give the ARG a default before the first FROM to build without it.`,
      baseWord.range,
      index,
    );
    return null;
  }
  const reference = parseImageReference(base);
  if (reference.ok) return null;
  const caseMismatch = context.namesSoFar.get(base.toLowerCase());
  context.sink.refuse(
    'InvalidBaseReference',
    `failed to parse stage name "${base}": ${reference.reason}`,
    caseMismatch !== undefined
      ? `FROM ${base} does not match the stage "${base.toLowerCase()}": BuildKit stores stage names in lower case and FROM compares them exactly, so "${base}" is read as an image name, which is invalid. Write FROM ${base.toLowerCase()}.`
      : `"${base}" is not a valid image reference (${reference.reason}). BuildKit checks every stage's base, even stages it does not build.`,
    baseWord.range,
    index,
  );
  return null;
}

/** The instruction an ONBUILD carries, or null when BuildKit refuses it as a trigger when it reads the file. */
function onbuildTrigger(parsedInstruction: ParsedInstruction, index: number, sink: DiagnosticSink): ParsedInstruction | null {
  const target = parsedInstruction.trigger;
  if (!target) return null;
  if (['FROM', 'ONBUILD', 'MAINTAINER'].includes(target.keyword)) {
    sink.refuse(
      'OnbuildNotAllowed',
      target.keyword === 'ONBUILD' ? "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed" : `${target.keyword} isn't allowed as an ONBUILD trigger`,
      `ONBUILD ${target.keyword} is not allowed; BuildKit refuses the file.`,
      parsedInstruction.range,
      index,
    );
    return null;
  }
  return target;
}

/** Converts an ONBUILD trigger, holding what BuildKit would refuse in it until a stage built on this one runs it. */
function convertTrigger(target: ParsedInstruction, index: number, escape: string, triggerRefusals: TriggerRefusal[]): ConvertedInstruction {
  const held = new DiagnosticSink();
  if (!knownKeywords.has(target.keyword)) {
    const word = target.keywordAsWritten;
    held.refuse('UnknownInstruction', `unknown instruction: ${word}`, `"${word}" is not a Dockerfile instruction.`, target.range, index);
  }
  const converted = toInstruction(target, escape, index, true, knownKeywords.has(target.keyword) ? held : new DiagnosticSink());
  // refuse() adds one diagnostic and one refusal each, so the two lists run in step.
  held.refusals.forEach((refusal, i) => {
    const diagnostic = held.diagnostics[i]!;
    triggerRefusals.push({stage: index, code: refusal.code, buildkitMessage: refusal.message, message: diagnostic.message, range: rangeOf(diagnostic)});
  });
  return converted;
}

function rangeOf(diagnostic: {line: number; column: number; endLine: number; endColumn: number}): SourceRange {
  return {line: diagnostic.line, column: diagnostic.column, endLine: diagnostic.endLine, endColumn: diagnostic.endColumn};
}

/** A stage's instructions in their typed form (ONBUILD triggers marked), and the --from references they hold. */
function convertBody(body: readonly ParsedInstruction[], index: number, context: FromContext, references: PendingReference[]): Instruction[] {
  const instructions: Instruction[] = [];
  for (const parsedInstruction of body) {
    const onbuild = parsedInstruction.keyword === 'ONBUILD';
    const target = onbuild ? onbuildTrigger(parsedInstruction, index, context.sink) : parsedInstruction;
    if (target === null) continue;
    const converted = onbuild
      ? convertTrigger(target, index, context.escape, context.triggerRefusals)
      : toInstruction(target, context.escape, index, false, context.sink);
    instructions.push(converted.instruction);
    for (const reference of converted.references) references.push({stage: index, instruction: converted.instruction, ...reference, range: target.range});
  }
  return instructions;
}

/** One stage, its FROM line as the rules read it, and its instructions. */
function buildStage(source: StageSource, index: number, context: FromContext, references: PendingReference[]): {stage: Stage; fromLine: FromLine} {
  const {from, body} = source;
  const words = readFromWords(from, index, context);
  const expanded = expandBase(from, words, index, context);
  const fromStage = bindBase(expanded.base, expanded.rawBase, words.baseWord, expanded.failed, index, context);
  const instructions = convertBody(body, index, context, references);
  const end = lastLineOf(body) ?? from.range;
  const stage: Stage = {
    index,
    name: words.name,
    declaredName: words.declaredName,
    from: expanded.base,
    fromAsWritten: expanded.rawBase,
    fromStage,
    line: from.range.line,
    platform: expanded.platform,
    platformValue: expanded.platformValue,
    range: {line: from.range.line, column: from.range.column, endLine: end.endLine, endColumn: end.endColumn},
    instructions,
  };
  const fromLine: FromLine = {
    stage: index,
    keywordAsWritten: from.keywordAsWritten,
    asWord: words.asWord,
    nameWord: words.nameWord,
    baseWord: words.baseWord,
    platformRange: words.platformFlag?.range ?? null,
    range: from.range,
    undefinedArgs: expanded.undefinedArgs,
    baseWithDefaultsOnly: expanded.baseWithDefaultsOnly,
    platformExpansion: expanded.platformExpansion,
  };
  return {stage, fromLine};
}

export function buildStageModel(parsed: ParsedFile, buildArgs: Record<string, string>, sink: DiagnosticSink, platform: Platform | null = null): StageModel {
  const {metaArgs, stages: sources} = groupIntoStages(parsed, sink);
  const env = evaluateGlobalArgs(metaArgs, buildArgs, true, platform);
  const declaredGlobalArgs = new Set(predefinedArgNames);
  for (const arg of metaArgs) declaredGlobalArgs.add(arg.name);
  const globalArgs = metaArgs.map((arg) => ({name: arg.name, value: env.get(arg.name) ?? null}));
  const namesSoFar = new Map<string, number>();
  const context: FromContext = {
    escape: parsed.escapeCharacter,
    env,
    envDefaultsOnly: evaluateGlobalArgs(metaArgs, buildArgs, false, platform),
    declaredGlobalArgs,
    namesSoFar,
    sink,
    triggerRefusals: [],
  };

  const stages: Stage[] = [];
  const fromLines: FromLine[] = [];
  const references: PendingReference[] = [];
  sources.forEach((source, index) => {
    const {stage, fromLine} = buildStage(source, index, context, references);
    stages.push(stage);
    fromLines.push(fromLine);
    if (stage.name !== null) namesSoFar.set(stage.name, index);
  });

  if (stages.length === 0 && parsed.instructions.length > 0 && sinkHasNoParseRefusal(sink)) {
    sink.refuse(
      'NoStages',
      'dockerfile contains no stages to build',
      'There is no FROM, so there is no stage to build: start a stage with FROM <image>.',
      parsed.instructions[0]!.range,
    );
  }

  resolveReferences(stages, references, parsed.escapeCharacter, sink);
  return {stages, references, triggerRefusals: context.triggerRefusals, labsFrontend: isLabsSyntax(parsed), globalArgs, declaredGlobalArgs, fromLines};
}

/**
 * Resolves every `COPY --from` and `RUN --mount from=` once all stages are known (as BuildKit does, after
 * registering them), filling in the instructions this step built; a --from BuildKit cannot use is refused.
 */
function resolveReferences(stages: Stage[], references: readonly PendingReference[], escape: string, sink: DiagnosticSink): void {
  for (const reference of references) {
    const resolved = resolveReference(reference.raw, reference.via, stages, escape);
    const instruction = reference.instruction;
    if (instruction.kind === 'copy') instruction.from = resolved;
    const mount = instruction.kind === 'run' && reference.mountIndex !== undefined ? instruction.mounts[reference.mountIndex] : undefined;
    if (mount) mount.from = resolved;
    if (resolved.kind !== 'invalid') continue;
    const code = resolved.problem === 'index-out-of-range' ? 'StageIndexOutOfRange' : 'FromVariableNotSupported';
    const option = reference.via === 'copy' ? '--from' : 'from';
    const message =
      code === 'StageIndexOutOfRange'
        ? `--from=${resolved.raw} names no stage: this file has ${stages.length} stage${stages.length === 1 ? '' : 's'}, numbered from 0.`
        : `${option}=${resolved.raw} uses a variable, which BuildKit does not expand there. Define an alias stage instead: ARG before the first FROM, then FROM \${VAR} AS alias, and ${option}=alias.`;
    sink.refuse(code, resolved.reason, message, reference.range, reference.stage);
  }
}

/** `# syntax=docker/dockerfile:1-labs` and the like: the frontend image's tag ends in `labs` (release/labs/tags). */
function isLabsSyntax(parsed: ParsedFile): boolean {
  const syntax = parsed.directives.find((directive) => directive.name === 'syntax');
  return syntax !== undefined && /:[^/:]*labs(?:@|$)/.test(syntax.value.trim());
}

function sinkHasNoParseRefusal(sink: DiagnosticSink): boolean {
  return !sink.refusals.some((r) => r.code === 'InstructionBeforeFrom' || r.code === 'UnknownInstruction');
}

/** Resolves a `--from` value against all stages, as BuildKit does for COPY (name or index) or mounts (name only). */
function resolveReference(raw: string, via: 'copy' | 'mount', stages: Stage[], escape: string): StageReference {
  const changedByLexer = expandWord(raw, new Map(), escape).value !== raw;
  if (via === 'copy' && changedByLexer) {
    return {
      kind: 'invalid',
      raw,
      problem: 'variable',
      reason: 'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
    };
  }
  if (via === 'mount' && raw.slice(0, -1).includes('$')) {
    return {kind: 'invalid', raw, problem: 'variable', reason: "'from' doesn't support variable expansion, define alias stage instead"};
  }
  if (via === 'copy' && /^[+-]?\d+$/.test(raw)) {
    const index = Number(raw);
    return index >= 0 && index < stages.length
      ? {kind: 'stage', stage: index, raw}
      : {kind: 'invalid', raw, problem: 'index-out-of-range', reason: `invalid stage index ${raw}`};
  }
  const lower = raw.toLowerCase();
  for (let i = stages.length - 1; i >= 0; i--) {
    if (stages[i]!.name === lower) return {kind: 'stage', stage: i, raw};
  }
  return {kind: 'image', ref: raw, raw};
}

export {stageDisplayName};

import {splitFlags, unquote} from '../parse/flags';
import type {ParsedFile, ParsedInstruction, Word} from '../parse/parseDockerfile';
import type {Instruction, KeyValue, SourceRange, Stage, StageReference} from '../types';
import {expandWord} from './expandWord';
import {parseImageReference} from './parseImageReference';
import {predefinedArgNamesWithoutValue, predefinedArgs} from './predefinedArgs';
import type {DiagnosticSink} from './refusals';
import {knownKeywords, toInstruction} from './toInstruction';

/** A `--from` (COPY) or mount `from=` waiting to be resolved once every stage is known. */
export interface PendingReference {
  stage: number;
  instruction: Instruction;
  raw: string;
  via: 'copy' | 'mount';
  mountIndex?: number;
  range: SourceRange;
}

export interface StageModel {
  stages: Stage[];
  references: PendingReference[];
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
  /** Base expanded with ARG defaults only (no --build-arg), when the base uses variables. */
  baseWithDefaultsOnly: string | null;
}

const validStageName = /^[a-z][a-z0-9-_.]*$/;

interface MetaArg {
  name: string;
  defaultValue: string | null;
}

function evaluateGlobalArgs(metaArgs: MetaArg[], buildArgs: Record<string, string>, useBuildArgs: boolean): Map<string, string> {
  const env = new Map(Object.entries(predefinedArgs));
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
export function buildStageModel(parsed: ParsedFile, buildArgs: Record<string, string>, sink: DiagnosticSink): StageModel {
  const escape = parsed.escapeCharacter;
  const metaArgs: MetaArg[] = [];
  const stageInstructions: {from: ParsedInstruction; body: ParsedInstruction[]}[] = [];

  for (const instruction of parsed.instructions) {
    for (const heredoc of [...instruction.heredocs, ...(instruction.trigger?.heredocs ?? [])]) {
      if (!heredoc.terminated) {
        sink.refuse(
          'UnterminatedHeredoc',
          'unterminated heredoc',
          `The heredoc <<${heredoc.name} never ends: BuildKit needs a line that is exactly "${heredoc.name}".`,
          heredoc.range,
        );
      }
    }
    if (!knownKeywords.has(instruction.keyword)) {
      sink.refuse(
        'UnknownInstruction',
        `unknown instruction: ${instruction.keywordAsWritten}`,
        `"${instruction.keywordAsWritten}" is not a Dockerfile instruction, so BuildKit stops here.`,
        instruction.range,
      );
      continue;
    }
    if (instruction.keyword === 'FROM') {
      stageInstructions.push({from: instruction, body: []});
      continue;
    }
    const current = stageInstructions[stageInstructions.length - 1];
    if (current) {
      current.body.push(instruction);
    } else if (instruction.keyword === 'ARG') {
      for (const word of instruction.words) {
        const equals = word.value.indexOf('=');
        metaArgs.push(
          equals === -1
            ? {name: unquote(word.value, escape), defaultValue: null}
            : {name: unquote(word.value.slice(0, equals), escape), defaultValue: word.value.slice(equals + 1)},
        );
      }
    } else {
      sink.refuse(
        'InstructionBeforeFrom',
        'no build stage in current context',
        `${instruction.keyword} comes before the first FROM; only ARG may appear there.`,
        instruction.range,
      );
    }
  }

  const env = evaluateGlobalArgs(metaArgs, buildArgs, true);
  const envDefaultsOnly = evaluateGlobalArgs(metaArgs, buildArgs, false);
  const declaredGlobalArgs = new Set([...Object.keys(predefinedArgs), ...predefinedArgNamesWithoutValue, ...metaArgs.map((a) => a.name)]);
  const globalArgs = metaArgs.map((arg) => ({name: arg.name, value: env.get(arg.name) ?? null}));

  const stages: Stage[] = [];
  const fromLines: FromLine[] = [];
  const references: PendingReference[] = [];
  const namesSoFar = new Map<string, number>();

  stageInstructions.forEach(({from, body}, index) => {
    const {flags, rest, problems} = splitFlags(from.words, escape);
    for (const problem of problems) {
      sink.refuse('MissingFlagValue', problem.message, `FROM ${problem.message}: write --${problem.flag.name}=value.`, problem.flag.range, index);
    }
    for (const flag of flags) {
      if (flag.name !== 'platform') {
        sink.refuse('UnknownFlag', `unknown flag: --${flag.name}`, `FROM has no --${flag.name} flag; only --platform.`, flag.range, index);
      }
    }
    const platformFlag = flags.find((flag) => flag.name === 'platform') ?? null;
    const baseWord = rest[0] ?? null;
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
    const asWord = hasAs ? rest[1]! : null;
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

    const rawBase = baseWord ? baseWord.value : '';
    const expanded = expandWord(rawBase, env, escape);
    const undefinedArgs = expanded.used.filter((used) => !declaredGlobalArgs.has(used));
    let platform: string | null = null;
    if (platformFlag) {
      platform = platformFlag.value;
      const platformExpansion = expandWord(platformFlag.value ?? '', env, escape);
      for (const used of platformExpansion.used) {
        if (!declaredGlobalArgs.has(used) && !undefinedArgs.includes(used)) undefinedArgs.push(used);
      }
    }
    if (expanded.error) {
      sink.refuse(
        'ExpansionError',
        `failed to process "${rawBase}": ${expanded.error}`,
        `Expanding "${rawBase}" failed: ${expanded.error}.`,
        baseWord?.range ?? from.range,
        index,
      );
    }
    const base = expanded.value;
    const baseWithDefaultsOnly = rawBase.includes('$') ? expandWord(rawBase, envDefaultsOnly, escape).value : null;

    let fromStage: number | null = null;
    const boundStage = namesSoFar.get(base);
    if (boundStage !== undefined) {
      fromStage = boundStage;
    } else if (expanded.error) {
      // Already refused above: BuildKit stops at the expansion error.
    } else if (baseWord && base === '') {
      sink.refuse(
        'BlankBaseName',
        `base name (${rawBase}) should not be blank`,
        `"${rawBase}" expands to nothing. Give the ARG a default before the first FROM, or pass --build-arg.`,
        baseWord.range,
        index,
      );
    } else if (baseWord && base !== 'scratch') {
      const reference = parseImageReference(base);
      if (!reference.ok) {
        const caseMismatch = namesSoFar.get(base.toLowerCase());
        sink.refuse(
          'InvalidBaseReference',
          `failed to parse stage name "${base}": ${reference.reason}`,
          caseMismatch !== undefined
            ? `FROM ${base} does not match the stage "${base.toLowerCase()}": BuildKit stores stage names in lower case and FROM compares them exactly, so "${base}" is read as an image name, which is invalid. Write FROM ${base.toLowerCase()}.`
            : `"${base}" is not a valid image reference (${reference.reason}). BuildKit checks every stage's base, even stages it does not build.`,
          baseWord.range,
          index,
        );
      }
    }

    const instructions: Instruction[] = [];
    for (const parsedInstruction of body) {
      let target = parsedInstruction;
      let onbuild = false;
      if (parsedInstruction.keyword === 'ONBUILD') {
        if (!parsedInstruction.trigger) continue;
        target = parsedInstruction.trigger;
        onbuild = true;
        if (['FROM', 'ONBUILD', 'MAINTAINER'].includes(target.keyword)) {
          sink.refuse(
            'OnbuildNotAllowed',
            target.keyword === 'ONBUILD' ? "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed" : `${target.keyword} isn't allowed as an ONBUILD trigger`,
            `ONBUILD ${target.keyword} is not allowed; BuildKit refuses the file.`,
            parsedInstruction.range,
            index,
          );
          continue;
        }
        if (!knownKeywords.has(target.keyword)) {
          sink.refuse(
            'UnknownInstruction',
            `unknown instruction: ${target.keywordAsWritten}`,
            `"${target.keywordAsWritten}" is not a Dockerfile instruction.`,
            target.range,
            index,
          );
          continue;
        }
      }
      const converted = toInstruction(target, escape, index, onbuild, sink);
      instructions.push(converted.instruction);
      for (const reference of converted.references) {
        references.push({stage: index, instruction: converted.instruction, ...reference, range: target.range});
      }
    }

    const end = lastLineOf(body) ?? from.range;
    stages.push({
      index,
      name,
      declaredName,
      from: base,
      fromAsWritten: rawBase,
      fromStage,
      line: from.range.line,
      platform,
      range: {line: from.range.line, column: from.range.column, endLine: end.endLine, endColumn: end.endColumn},
      instructions,
    });
    fromLines.push({
      stage: index,
      keywordAsWritten: from.keywordAsWritten,
      asWord,
      nameWord,
      baseWord,
      platformRange: platformFlag?.range ?? null,
      range: from.range,
      undefinedArgs,
      baseWithDefaultsOnly,
    });
    if (name !== null) namesSoFar.set(name, index);
  });

  if (stages.length === 0 && parsed.instructions.length > 0 && sinkHasNoParseRefusal(sink)) {
    const first = parsed.instructions[0]!;
    sink.refuse(
      'NoStages',
      'dockerfile contains no stages to build',
      'There is no FROM, so there is no stage to build: start a stage with FROM <image>.',
      first.range,
    );
  }

  resolveReferences(stages, references, parsed.escapeCharacter, sink);
  return {stages, references, globalArgs, declaredGlobalArgs, fromLines};
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
    const message =
      code === 'StageIndexOutOfRange'
        ? `--from=${resolved.raw} names no stage: this file has ${stages.length} stage${stages.length === 1 ? '' : 's'}, numbered from 0.`
        : `--from=${resolved.raw} uses a variable, which BuildKit does not expand there. Define an alias stage instead: ARG before the first FROM, then FROM \${VAR} AS alias, and --from=alias.`;
    sink.refuse(code, resolved.reason, message, reference.range, reference.stage);
  }
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

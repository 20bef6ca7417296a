import {analyze} from '../analyze';
import type {Analysis} from '../types';
import {commandsOfScript} from './shell';

/**
 * Predict-the-build: which stages does a `docker build` command build? The answer always comes from the
 * analysis (`builtStages` for BuildKit, `legacyBuiltStages` for the legacy builder), never from a table.
 */

export type Builder = 'buildkit' | 'legacy';

export interface BuildCommand {
  /** The `--target` value, or null for the default target (the last stage). */
  target: string | null;
  buildArgs: Record<string, string>;
  /** `DOCKER_BUILDKIT=0 docker build` is the legacy builder; everything else (and `docker buildx build`) BuildKit. */
  builder: Builder;
}

export type ParsedBuildCommand = {ok: true; command: BuildCommand} | {ok: false; reason: string};

const flagsWithValue = new Set([
  '-t',
  '--tag',
  '-f',
  '--file',
  '--platform',
  '--progress',
  '--output',
  '-o',
  '--cache-from',
  '--cache-to',
  '--secret',
  '--ssh',
  '--label',
  '--network',
  '--builder',
  '--iidfile',
  '--metadata-file',
  '--build-context',
  '--add-host',
]);

/** Reads `docker build [--target X] [--build-arg K=V]… <context>` (also `docker buildx build`, `DOCKER_BUILDKIT=0 …`). */
export function parseBuildCommand(text: string): ParsedBuildCommand {
  const [first, ...more] = commandsOfScript(text);
  if (first === undefined || more.length > 0) return {ok: false, reason: 'expected exactly one docker build command'};
  const {env: assignments, words: rest} = first;
  let i = 0;
  if (rest[i] !== 'docker') return {ok: false, reason: 'the command must start with docker'};
  i++;
  let buildx = false;
  if (rest[i] === 'buildx') {
    buildx = true;
    i++;
  } else if (rest[i] === 'image') {
    i++;
  }
  if (rest[i] !== 'build') return {ok: false, reason: 'expected docker build or docker buildx build'};
  i++;
  const command: BuildCommand = {
    target: null,
    buildArgs: {},
    builder: !buildx && assignments.DOCKER_BUILDKIT === '0' ? 'legacy' : 'buildkit',
  };
  let context: string | null = null;
  for (; i < rest.length; i++) {
    const word = rest[i]!;
    const equals = word.indexOf('=');
    const name = word.startsWith('--') && equals !== -1 ? word.slice(0, equals) : word;
    const inline = word.startsWith('--') && equals !== -1 ? word.slice(equals + 1) : null;
    const value = (): string | null => inline ?? rest[++i] ?? null;
    if (name === '--target') {
      const target = value();
      if (target === null) return {ok: false, reason: '--target needs a stage name'};
      command.target = target;
    } else if (name === '--build-arg') {
      const pair = value();
      const separator = pair?.indexOf('=') ?? -1;
      if (pair === null || separator <= 0) return {ok: false, reason: '--build-arg takes NAME=VALUE'};
      command.buildArgs[pair.slice(0, separator)] = pair.slice(separator + 1);
    } else if (flagsWithValue.has(name)) {
      if (value() === null) return {ok: false, reason: `${name} needs a value`};
    } else if (word.startsWith('-') && word !== '-') {
      // A switch such as --no-cache, --pull, --load.
    } else if (context === null) {
      context = word;
    } else {
      return {ok: false, reason: `unexpected ${word}`};
    }
  }
  if (context === null) return {ok: false, reason: 'the build context (.) is missing'};
  return {ok: true, command};
}

export interface StageChoice {
  index: number;
  /** The stage's name as written, or `stage N` for an unnamed one. */
  label: string;
  line: number;
}

export interface PredictionAnswer {
  /** Every stage of the file, the choices a learner ticks from. */
  stages: StageChoice[];
  /** The stages built, ascending: the engine's answer. */
  built: number[];
  /** The stage the command builds as the image. */
  target: number | null;
  builder: Builder;
  /** Why BuildKit would refuse the build, or null. */
  error: string | null;
}

function choices(analysis: Analysis): StageChoice[] {
  return analysis.stages.map((stage) => ({index: stage.index, label: stage.declaredName ?? `stage ${stage.index}`, line: stage.line}));
}

/** The stages a command builds from a Dockerfile, computed by the analysis. Throws on a command it cannot read (authored data). */
export function predictionAnswer(dockerfile: string, commandText: string): PredictionAnswer {
  const parsed = parseBuildCommand(commandText);
  if (!parsed.ok) throw new Error(`cannot read "${commandText}": ${parsed.reason}`);
  const {command} = parsed;
  const analysis = analyze(dockerfile, {target: command.target, buildArgs: command.buildArgs});
  return {
    stages: choices(analysis),
    built: command.builder === 'legacy' ? [...analysis.legacyBuiltStages] : [...analysis.builtStages],
    target: analysis.target,
    builder: command.builder,
    error: analysis.error,
  };
}

/** Both builders' answers for a command, to show the difference after grading. */
export function bothBuilders(dockerfile: string, commandText: string): {buildkit: number[]; legacy: number[]} {
  const parsed = parseBuildCommand(commandText);
  if (!parsed.ok) throw new Error(`cannot read "${commandText}": ${parsed.reason}`);
  const analysis = analyze(dockerfile, {target: parsed.command.target, buildArgs: parsed.command.buildArgs});
  return {buildkit: [...analysis.builtStages], legacy: [...analysis.legacyBuiltStages]};
}

export interface PredictionGrade {
  correct: boolean;
  /** The engine's answer. */
  expected: number[];
  /** Built stages the learner did not tick. */
  missed: number[];
  /** Ticked stages that are not built. */
  extra: number[];
  /** For the learner: what was right or wrong, and why. */
  message: string;
}

const listOf = (indices: readonly number[], answer: PredictionAnswer): string =>
  indices.map((index) => answer.stages[index]?.label ?? `stage ${index}`).join(', ');

/** Grades the stages a learner ticked against the engine's answer. */
export function gradePrediction(answer: PredictionAnswer, ticked: readonly number[]): PredictionGrade {
  const chosen = new Set(ticked);
  const expected = answer.built;
  const missed = expected.filter((index) => !chosen.has(index));
  const extra = [...chosen].filter((index) => !expected.includes(index)).sort((a, b) => a - b);
  const correct = missed.length === 0 && extra.length === 0;
  const builder = answer.builder === 'buildkit' ? 'BuildKit' : 'The legacy builder';
  const rule =
    answer.builder === 'buildkit'
      ? 'BuildKit builds the target and only the stages it needs (FROM, COPY --from, RUN --mount from=), transitively.'
      : 'The legacy builder builds every stage from the top of the file down to the target, needed or not.';
  const parts: string[] = [];
  if (correct) parts.push(`Right: ${builder.replace(/^The/, 'the')} builds ${listOf(expected, answer)}.`);
  else {
    if (missed.length > 0) parts.push(`${builder} also builds ${listOf(missed, answer)}.`);
    if (extra.length > 0) parts.push(`${builder} does not build ${listOf(extra, answer)}.`);
  }
  parts.push(rule);
  return {correct, expected: [...expected], missed, extra, message: parts.join(' ')};
}

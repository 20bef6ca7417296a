import type {Analysis} from '../types';
import {builderFacts, type BuilderId} from './builders';
import type {SimulationInputs} from './simulationInputs';

/** A word as a POSIX shell reads it back unchanged: bare when safe, else single-quoted. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

// Command lines per builder: docker build (BuildKit, or the legacy builder with DOCKER_BUILDKIT=0),
// Kaniko's executor (README: --dockerfile, --context, --custom-platform, --no-push, --skip-unused-stages),
// and buildah build (podman build takes the same flags).
const prefixes: Record<BuilderId, string> = {
  buildkit: 'docker build',
  legacy: 'DOCKER_BUILDKIT=0 docker build',
  kaniko: '/kaniko/executor --context . --dockerfile Dockerfile --no-push',
  'kaniko-skip-unused': '/kaniko/executor --context . --dockerfile Dockerfile --no-push --skip-unused-stages',
  buildah: 'buildah build',
};

/** A command line, or why there is none for these inputs. */
export type BuildCommand = {ok: true; command: string} | {ok: false; reason: string};

/**
 * Why the analysed target cannot be built from a command line with these inputs: no stage, an unnamed stage
 * that is not the last (no `--target` can name it), or named contexts for a builder that takes none.
 */
export function buildCommandProblem(analysis: Analysis, inputs: SimulationInputs): string | null {
  if (analysis.target === null) return 'No stage to build.';
  if (analysis.target !== analysis.stages.length - 1 && !analysis.stages[analysis.target]?.name)
    return 'This stage has no name: add AS name to build it with --target.';
  const contexts = Object.keys(inputs.buildContexts).length;
  if (contexts > 0 && !builderFacts[inputs.builder].namedContexts.supported) {
    return `${capitalised(builderFacts[inputs.builder].label)} takes no --build-context, so no command builds this with the ${contexts === 1 ? 'named context' : `${contexts} named contexts`}: drop them, or pick BuildKit or Buildah.`;
  }
  return null;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The target's `--target` value, or null for the last stage (the default). */
export function targetName(analysis: Analysis): string | null {
  if (analysis.target === null || analysis.target === analysis.stages.length - 1) return null;
  return analysis.stages[analysis.target]?.name ?? null;
}

/** The command that builds the analysed target with the given inputs, in the builder's own spelling. */
export function toBuildCommand(analysis: Analysis, inputs: SimulationInputs): BuildCommand {
  const problem = buildCommandProblem(analysis, inputs);
  if (problem !== null) return {ok: false, reason: problem};
  const words = [prefixes[inputs.builder]];
  const isKaniko = inputs.builder === 'kaniko' || inputs.builder === 'kaniko-skip-unused';
  if (inputs.platform !== null) words.push(`${isKaniko ? '--custom-platform' : '--platform'} ${shellWord(inputs.platform)}`);
  for (const [name, value] of Object.entries(inputs.buildArgs)) words.push(`--build-arg ${shellWord(`${name}=${value}`)}`);
  for (const [name, value] of Object.entries(inputs.buildContexts)) words.push(`--build-context ${shellWord(`${name}=${value}`)}`);
  const target = targetName(analysis);
  if (target !== null) words.push(`--target ${target}`);
  if (!isKaniko) words.push('.');
  return {ok: true, command: words.join(' ')};
}

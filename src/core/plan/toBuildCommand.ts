import type {Analysis} from '../types';
import type {BuilderId} from './builders';
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

/**
 * The command that builds the analysed target with the given inputs, or null when the target cannot be
 * named on a command line (an unnamed stage that is not the last) or there is no target.
 */
export function toBuildCommand(analysis: Analysis, inputs: SimulationInputs): string | null {
  if (analysis.target === null) return null;
  const words = [prefixes[inputs.builder]];
  const isKaniko = inputs.builder === 'kaniko' || inputs.builder === 'kaniko-skip-unused';
  if (inputs.platform !== null) words.push(`${isKaniko ? '--custom-platform' : '--platform'} ${shellWord(inputs.platform)}`);
  for (const [name, value] of Object.entries(inputs.buildArgs)) words.push(`--build-arg ${shellWord(`${name}=${value}`)}`);
  if (analysis.target !== analysis.stages.length - 1) {
    const name = analysis.stages[analysis.target]?.name;
    if (!name) return null;
    words.push(`--target ${name}`);
  }
  if (!isKaniko) words.push('.');
  return words.join(' ');
}

/**
 * The build a quiz question asks about, as the MDX author writes it in props, and the command a reader
 * would type for it. Plain data with no analysis, so the light part of the quiz can show the command
 * before the engine loads.
 */

export type QuizBuilder = 'buildkit' | 'legacy';

export interface QuizBuild {
  /** The `--target` stage, or null for the default (last) stage. */
  target: string | null;
  builder: QuizBuilder;
  /** `--build-arg NAME=VALUE` pairs, in the order written. */
  buildArgs: Readonly<Record<string, string>>;
}

/** What the author writes: `target="test"`, `builder="legacy"`, `buildArgs="VARIANT=debug NODE_VERSION=22"`. */
export interface QuizBuildProps {
  target?: string;
  builder?: string;
  buildArgs?: string;
}

/** Reads `NAME=VALUE NAME2=VALUE2`; throws on anything else, since a question is authored content. */
export function parseBuildArgs(text: string | undefined): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const word of (text ?? '').split(/\s+/).filter(Boolean)) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(\S*)$/.exec(word);
    if (!match) throw new Error(`buildArgs: "${word}" is not NAME=VALUE`);
    pairs[match[1]!] = match[2]!;
  }
  return pairs;
}

export function toQuizBuild(props: QuizBuildProps): QuizBuild {
  if (props.builder !== undefined && props.builder !== 'buildkit' && props.builder !== 'legacy') {
    throw new Error(`builder must be "buildkit" or "legacy", not "${props.builder}"`);
  }
  return {
    target: props.target ?? null,
    builder: props.builder === 'legacy' ? 'legacy' : 'buildkit',
    buildArgs: parseBuildArgs(props.buildArgs),
  };
}

/** `DOCKER_BUILDKIT=0 docker build --target test --build-arg VARIANT=debug .` */
export function commandText(build: QuizBuild): string {
  const words = build.builder === 'legacy' ? ['DOCKER_BUILDKIT=0', 'docker', 'build'] : ['docker', 'build'];
  if (build.target !== null) words.push('--target', build.target);
  for (const [name, value] of Object.entries(build.buildArgs)) words.push('--build-arg', `${name}=${value}`);
  words.push('.');
  return words.join(' ');
}

/** What a question asks about the build. */
export type QuizQuestion = {kind: 'stages'} | {kind: 'path'; path: string};

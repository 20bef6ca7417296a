import {describe, expect, it} from 'vitest';
import {analyze, maxAnalysedCharacters} from '../../src/core/analyze';
import type {Analysis} from '../../src/core/types';
import {attributesOf, docsDockerfiles, exerciseDockerfiles, hasFlag, type DockerfileExample} from './dockerfileExamples';

/**
 * The example gate: every Dockerfile on the site and in the exercises goes through the analysis, and shows
 * exactly the diagnostics it declares. A block declares them in its fence meta (```dockerfile expect="DL3022")
 * or on its <DockerfilePlayground expect="…">; info diagnostics need not be declared, errors and warnings must.
 * A declared code must appear, at any severity.
 *
 * Fence meta words the gate reads:
 * - `fragment`: an excerpt of a larger file (a lone COPY line), skipped; it must not stand alone cleanly.
 * - `target="name"`: analyse for that --target, as a <DockerfilePlayground target> does.
 * - `build-arg="NAME=value"`: analyse with that --build-arg.
 * - `build-context="name,other"`: analyse with those --build-context names.
 * - `dockerignore="pattern"`: analyse with a .dockerignore of that line (`\n` separates lines).
 * - `platform="os/arch"`: analyse for that --platform.
 * - `continues`: the file goes on past Stagecraft's size limit; the gate repeats its last instruction until it does.
 */

/** Exercise start files are meant to be wrong in these ways; everything else in src/exercises must be clean. */
const exerciseExpectations: Record<string, readonly string[]> = {
  'src/exercises/fix-the-mistakes/start.Dockerfile': ['StageNameCasing', 'UndefinedStage', 'SourceInFinalStage'],
  'src/exercises/secret-mount/start.Dockerfile': ['SecretsUsedInArgOrEnv'],
};

function expectedCodes(example: DockerfileExample): string[] {
  const declared = attributesOf(example.meta).expect ?? example.playground?.expect ?? '';
  const fromExercise = exerciseExpectations[example.file] ?? [];
  return [...declared.split(','), ...fromExercise].map((code) => code.trim()).filter((code) => code !== '');
}

/** The file as the gate analyses it: for `continues`, its last instruction repeated past the size limit. */
function analysedText(example: DockerfileExample): string {
  if (!hasFlag(example.meta, 'continues')) return example.text;
  const lines = example.text.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  const last = lines[lines.length - 1]!;
  const repeats = Math.ceil(maxAnalysedCharacters / (last.length + 1)) + 1;
  return `${lines.join('\n')}\n${`${last}\n`.repeat(repeats)}`;
}

function analysisOf(example: DockerfileExample): Analysis {
  const meta = attributesOf(example.meta);
  const target = meta.target ?? example.playground?.target ?? null;
  const buildArg = /^(\w+)=(.*)$/.exec(meta['build-arg'] ?? '');
  const dockerignore = meta.dockerignore?.replaceAll('\\n', '\n') ?? null;
  const platform = meta.platform ?? null;
  const buildContexts = (meta['build-context'] ?? '').split(',').filter((name) => name !== '');
  return analyze(analysedText(example), {target, buildArgs: buildArg ? {[buildArg[1]!]: buildArg[2]!} : {}, dockerignore, platform, buildContexts});
}

/** What the gate reports for one example: undeclared errors and warnings, and declared codes that never show. */
function mismatches(example: DockerfileExample): string[] {
  const expected = expectedCodes(example);
  const {diagnostics} = analysisOf(example);
  const unexpected = diagnostics
    .filter((d) => d.severity !== 'info' && !expected.includes(d.code))
    .map((d) => `line ${example.line + d.line - 1}: ${d.code} (${d.severity}) is not declared: ${d.message}`);
  const missing = expected.filter((code) => !diagnostics.some((d) => d.code === code)).map((code) => `declares ${code}, which the analysis does not report`);
  return [...unexpected, ...missing];
}

const examples = [...docsDockerfiles(), ...exerciseDockerfiles()];
const fragments = examples.filter((example) => hasFlag(example.meta, 'fragment'));
const complete = examples.filter((example) => !hasFlag(example.meta, 'fragment'));

describe('the example gate', () => {
  it('finds the examples: fenced blocks, live editors and exercise files', () => {
    expect(complete.filter((example) => example.playground !== null).length).toBeGreaterThan(30);
    expect(complete.filter((example) => example.file.startsWith('docs/') && example.playground === null).length).toBeGreaterThan(30);
    expect(complete.filter((example) => example.file.startsWith('src/exercises/')).length).toBeGreaterThan(10);
  });

  it('reports an undeclared warning and a declared code that does not show', () => {
    const example = {file: 'x', line: 1, text: 'FROM node AS build\n', meta: 'expect="DL3022"', playground: null};
    expect(mismatches(example)).toEqual([
      expect.stringMatching(/^line 1: DL3006 \(warning\) is not declared/),
      'declares DL3022, which the analysis does not report',
    ]);
  });

  describe.each(complete.map((example) => [`${example.file}:${example.line}`, example] as const))('%s', (_where, example) => {
    it(`shows exactly ${expectedCodes(example).join(', ') || 'no error or warning'}`, () => {
      expect(mismatches(example)).toEqual([]);
    });
  });

  it(`skips ${fragments.length} excerpts marked fragment, each one that could not stand alone`, () => {
    for (const fragment of fragments) {
      const {diagnostics} = analyze(fragment.text);
      expect(
        diagnostics.some((d) => d.severity !== 'info'),
        `${fragment.file}:${fragment.line} is complete; drop its fragment marker`,
      ).toBe(true);
    }
    expect(fragments.length).toBeLessThanOrEqual(10);
  });
});

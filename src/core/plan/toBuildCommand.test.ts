import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {defaultSimulation, toAnalyzeOptions} from './simulationInputs';
import {toBuildCommand as toBuildCommandOf} from './toBuildCommand';

const text = 'FROM alpine:3.24 AS build\nRUN true\nFROM build AS test\nFROM alpine:3.24\n';

describe('toBuildCommand', () => {
  it('writes docker build as before for BuildKit with no inputs', () => {
    expect(toCommand({})).toBe('docker build .');
    expect(toCommand({}, 'test')).toBe('docker build --target test .');
  });
  it('carries platform, quoted build args and the builder’s own spelling', () => {
    const inputs = {platform: 'linux/arm64', buildArgs: {BASE: 'node:24', MSG: "it's ok"}};
    expect(toCommand(inputs, 'test')).toBe(`docker build --platform linux/arm64 --build-arg BASE=node:24 --build-arg 'MSG=it'\\''s ok' --target test .`);
    expect(toCommand({...inputs, builder: 'kaniko-skip-unused'})).toContain('--skip-unused-stages --custom-platform linux/arm64');
    expect(toCommand({builder: 'legacy'})).toBe('DOCKER_BUILDKIT=0 docker build .');
    expect(toCommand({builder: 'buildah'}, 'build')).toBe('buildah build --target build .');
  });
  it('has none for an unnamed stage that is not the last, and says why', () => {
    expect(toCommand({}, '0', 'FROM alpine:3.24\nFROM alpine:3.24\n')).toBeNull();
    const simulation = defaultSimulation;
    expect(toBuildCommandOf(analyze('FROM alpine:3.24\nFROM alpine:3.24\n', {target: '0'}), simulation)).toEqual({
      ok: false,
      reason: expect.stringMatching(/no name/),
    });
    expect(toBuildCommandOf(analyze('# nothing\n'), simulation)).toEqual({ok: false, reason: 'No stage to build.'});
  });
  it('passes named contexts to BuildKit and Buildah, quoted like build args', () => {
    const buildContexts = {base: 'docker-image://alpine:3.24', docs: './my docs'};
    expect(toCommand({buildContexts})).toBe(`docker build --build-context base=docker-image://alpine:3.24 --build-context 'docs=./my docs' .`);
    expect(toCommand({buildContexts, builder: 'buildah'}, 'test')).toBe(
      `buildah build --build-context base=docker-image://alpine:3.24 --build-context 'docs=./my docs' --target test .`,
    );
  });
  it('writes no command for a builder without named contexts, and says so', () => {
    for (const builder of ['legacy', 'kaniko', 'kaniko-skip-unused'] as const) {
      const simulation = {...defaultSimulation, builder, buildContexts: {base: './base'}};
      expect(toBuildCommandOf(analyze(text, toAnalyzeOptions(simulation)), simulation)).toEqual({
        ok: false,
        reason: expect.stringMatching(/takes no --build-context, so no command builds this with the named context/),
      });
    }
  });
});

function toCommand(inputs: Partial<typeof defaultSimulation>, target?: string, file = text): string | null {
  const simulation = {...defaultSimulation, ...inputs};
  const command = toBuildCommandOf(analyze(file, {target, ...toAnalyzeOptions(simulation)}), simulation);
  return command.ok ? command.command : null;
}

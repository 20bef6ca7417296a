import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {defaultSimulation} from './simulationInputs';
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
  it('has none for an unnamed stage that is not the last', () => {
    expect(toCommand({}, '0', 'FROM alpine:3.24\nFROM alpine:3.24\n')).toBeNull();
  });
});

function toCommand(inputs: Partial<typeof defaultSimulation>, target?: string, file = text): string | null {
  const simulation = {...defaultSimulation, ...inputs};
  return toBuildCommandOf(analyze(file, {target, ...simulation}), simulation);
}

import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {codesOf} from './lint';

const gpuStage = 'FROM alpine:3.24 AS gpu\nRUN --device=nvidia.com/gpu=all nvidia-smi\n';

/** dockerfile2llb/convert_norundevice.go (stable frontend) against release/labs/tags (dfrundevice). */
describe('RUN --device', () => {
  it('is refused when the stable frontend builds the stage', () => {
    const analysis = analyze(gpuStage);
    expect(analysis.error).toBe('device feature is only supported in Dockerfile frontend 1.14.0-labs or later');
    expect(codesOf(gpuStage)).toEqual(['RunDeviceNeedsLabs@2']);
  });

  it('is a warning in a stage the build skips', () => {
    const analysis = analyze(`${gpuStage}FROM alpine:3.24\n`);
    expect(analysis.error).toBeNull();
    expect(analysis.diagnostics.filter((d) => d.code === 'RunDeviceNeedsLabs').map((d) => d.severity)).toEqual(['warning']);
  });

  it('builds with a -labs frontend', () => {
    for (const syntax of ['docker/dockerfile:1-labs', 'docker/dockerfile:1.14-labs', 'docker.io/docker/dockerfile-upstream:master-labs']) {
      expect(codesOf(`# syntax=${syntax}\n${gpuStage}`)).toEqual([]);
    }
    expect(codesOf(`# syntax=docker/dockerfile:1\n${gpuStage}`)).toEqual(['RunDeviceNeedsLabs@3']);
  });
});

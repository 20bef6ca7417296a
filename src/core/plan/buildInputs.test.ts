import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {parsePlatform, platformArgs} from '../model/predefinedArgs';

describe('build args change the graph', () => {
  const variants = `ARG VARIANT=slim
FROM alpine:3.24 AS stage-slim
RUN echo slim
FROM debian:13 AS stage-full
RUN echo full
FROM stage-\${VARIANT} AS final
RUN echo done
`;
  it('FROM stage-${VARIANT} follows the ARG default, then --build-arg', () => {
    expect(analyze(variants).plan.stages).toEqual([0, 2]);
    const full = analyze(variants, {buildArgs: {VARIANT: 'full'}});
    expect(full.stages[2]!.fromStage).toBe(1);
    expect(full.plan.stages).toEqual([1, 2]);
    expect(full.plan.skipped.map((s) => s.stage)).toEqual([0]);
  });
  it('FROM ${BASE} picks the image the build arg names', () => {
    const text = 'ARG BASE=node:24-alpine\nFROM ${BASE}\nRUN node -v\n';
    expect(analyze(text).stages[0]!.from).toBe('node:24-alpine');
    expect(analyze(text, {buildArgs: {BASE: 'node:22-alpine'}}).stages[0]!.from).toBe('node:22-alpine');
  });
});

describe('--platform', () => {
  it('sets TARGETOS/TARGETARCH/TARGETPLATFORM and leaves BUILDPLATFORM on the host', () => {
    const args = platformArgs(parsePlatform('linux/arm64/v8'));
    expect(args.get('TARGETPLATFORM')).toBe('linux/arm64/v8');
    expect(args.get('TARGETARCH')).toBe('arm64');
    expect(args.get('TARGETVARIANT')).toBe('v8');
    expect(args.get('BUILDPLATFORM')).toBe('linux/amd64');
  });
  it('drives FROM build-${TARGETARCH}', () => {
    const text = 'FROM alpine:3.24 AS build-amd64\nFROM alpine:3.24 AS build-arm64\nFROM build-${TARGETARCH} AS final\n';
    expect(analyze(text).plan.stages).toEqual([0, 2]);
    expect(analyze(text, {platform: 'linux/arm64'}).plan.stages).toEqual([1, 2]);
  });
  it('lets --build-arg TARGETARCH replace the value but not the platform, as BuildKit testPlatformArgsExplicit shows', () => {
    const text = 'FROM alpine:3.24 AS build-amd64\nFROM alpine:3.24 AS build-s390x\nFROM build-${TARGETARCH} AS final\n';
    const analysis = analyze(text, {platform: 'linux/arm64', buildArgs: {TARGETARCH: 's390x'}});
    expect(analysis.plan.stages).toEqual([1, 2]);
    expect(analysis.plan.platforms.find((p) => p.stage === 2)).toEqual({stage: 2, platform: 'linux/arm64', emulated: true});
  });
  it('gives a stage ARG TARGETARCH the predefined value', () => {
    const text = 'FROM alpine:3.24\nARG TARGETARCH\nWORKDIR /out/$TARGETARCH\n';
    expect(analyze(text, {platform: 'linux/arm64'}).contents[0]!.walk.workdir).toBe('/out/arm64');
  });
  it('reads a platform as containerd does: os/arch[/variant], or an OS or an architecture alone on the linux/amd64 host', () => {
    expect(parsePlatform('linux/amd64')).toEqual({os: 'linux', architecture: 'amd64', variant: ''});
    expect(parsePlatform('linux')).toEqual({os: 'linux', architecture: 'amd64', variant: ''});
    expect(parsePlatform('arm64')).toEqual({os: 'linux', architecture: 'arm64', variant: ''});
    for (const bad of ['linux/', '<script>/x', 'a/b/c/d']) expect(parsePlatform(bad)).toBeNull();
  });
});

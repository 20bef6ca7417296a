import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import type {builderIds} from './builders';

// deps and tools are independent, build needs both, test is a side branch, runtime copies from build.
const diamond = `FROM node:24 AS deps
RUN npm ci
FROM alpine:3.24 AS tools
RUN apk add git
FROM deps AS build
COPY --from=tools /usr/bin/git /usr/bin/git
RUN npm run build
FROM build AS test
RUN npm test
FROM node:24-slim AS runtime
COPY --from=build /app/dist /app
`;

const planOf = (text: string, builder: (typeof builderIds)[number], target?: string) => analyze(text, {builder, target}).plan;

describe('BuildKit (convert.go addReachableStages; the solver runs independent vertices at once)', () => {
  it('builds only what the target needs, independent stages in one wave', () => {
    const plan = planOf(diamond, 'buildkit');
    expect(plan.stages).toEqual([0, 1, 2, 4]);
    expect(plan.waves).toEqual([[0, 1], [2], [4]]);
    expect(plan.skipped).toEqual([{stage: 3, reason: expect.stringContaining('does not need it')}]);
    expect(plan.notNeeded).toEqual([]);
  });
  it('takes the critical path through the stage with the most instructions', () => {
    const text = diamond.replace('RUN npm ci', 'RUN npm ci\nRUN npm prune\nENV A=1');
    expect(planOf(text, 'buildkit').criticalPath).toEqual([0, 2, 4]);
    expect(planOf(diamond.replace('RUN apk add git', 'RUN apk add git\nRUN a\nRUN b'), 'buildkit').criticalPath).toEqual([1, 2, 4]);
  });
  it('equals builtStages for every target', () => {
    for (const target of ['deps', 'tools', 'build', 'test', 'runtime']) {
      const analysis = analyze(diamond, {target});
      expect(analysis.plan.stages).toEqual(analysis.builtStages);
    }
  });
});

describe('the legacy builder (moby builder.go: stages[:targetIx+1], in order)', () => {
  it('builds every stage up to the target one at a time, and says which it did not need', () => {
    const plan = planOf(diamond, 'legacy', 'test');
    expect(plan.stages).toEqual([0, 1, 2, 3]);
    expect(plan.waves).toEqual([[0], [1], [2], [3]]);
    expect(plan.skipped).toEqual([{stage: 4, reason: expect.stringContaining('comes after the target')}]);
    expect(analyze(diamond, {target: 'test', builder: 'legacy'}).legacyBuiltStages).toEqual(plan.stages);
  });
  it('builds the side branch test for the default target and marks it not needed', () => {
    expect(planOf(diamond, 'legacy').notNeeded).toEqual([3]);
  });
});

describe('Kaniko (pkg/dockerfile/dockerfile.go MakeKanikoStages, skipUnusedStages)', () => {
  it('by default builds every stage up to the target, like the legacy builder', () => {
    expect(planOf(diamond, 'kaniko').stages).toEqual([0, 1, 2, 3, 4]);
    expect(planOf(diamond, 'kaniko', 'build').stages).toEqual([0, 1, 2]);
  });
  it('with --skip-unused-stages keeps the named stages the target needs through FROM and COPY --from', () => {
    const plan = planOf(diamond, 'kaniko-skip-unused');
    expect(plan.stages).toEqual([0, 1, 2, 4]);
    expect(plan.waves).toEqual([[0], [1], [2], [4]]);
  });
  it('drops an unnamed stage the target copies from by index, because the rule keeps only named stages', () => {
    const text = 'FROM golang:1.27\nRUN go build -o /out/app\nFROM alpine:3.24 AS runtime\nCOPY --from=0 /out/app /app\n';
    const plan = planOf(text, 'kaniko-skip-unused');
    expect(plan.stages).toEqual([1]);
    expect(plan.skipped[0]!.reason).toContain('no name');
    expect(planOf(text, 'buildkit').stages).toEqual([0, 1]);
  });
  it('does not follow RUN --mount from=', () => {
    const text = 'FROM alpine:3.24 AS assets\nRUN touch /a\nFROM alpine:3.24 AS app\nRUN --mount=from=assets,target=/m cp /m/a /a\n';
    const plan = planOf(text, 'kaniko-skip-unused', 'app');
    expect(plan.stages).toEqual([1]);
    expect(plan.skipped[0]!.reason).toContain('RUN --mount from=');
    expect(planOf(text, 'buildah', 'app').stages).toEqual([0, 1]);
  });
  it('without --target and with no stage needed builds every stage', () => {
    const text = 'FROM alpine:3.24 AS a\nRUN true\nFROM alpine:3.24 AS b\nRUN true\n';
    expect(planOf(text, 'kaniko-skip-unused').stages).toEqual([0, 1]);
    expect(planOf(text, 'kaniko-skip-unused', 'b').stages).toEqual([1]);
  });
  it('counts a COPY from the build context, and a FROM of a stage, as something needed, so it skips the rest', () => {
    const copies = 'FROM alpine:3.24 AS a\nRUN true\nFROM alpine:3.24 AS b\nCOPY . .\n';
    expect(planOf(copies, 'kaniko-skip-unused').stages).toEqual([1]);
    const adds = 'FROM alpine:3.24 AS a\nRUN true\nFROM alpine:3.24 AS b\nADD app.tar /\n';
    expect(planOf(adds, 'kaniko-skip-unused').stages).toEqual([0, 1]);
    const builtOn = 'FROM alpine:3.24 AS a\nRUN true\nFROM alpine:3.24 AS base\nRUN true\nFROM base AS b\nRUN true\n';
    expect(planOf(builtOn, 'kaniko-skip-unused').stages).toEqual([1, 2]);
  });
});

describe('Buildah and Podman (imagebuildah/executor.go; skips unused stages since v1.27.0, --jobs defaults to 1)', () => {
  it('builds what the target needs, one stage at a time in file order', () => {
    const plan = planOf(diamond, 'buildah');
    expect(plan.stages).toEqual([0, 1, 2, 4]);
    expect(plan.waves).toEqual([[0], [1], [2], [4]]);
  });
});

describe('platforms', () => {
  const cross =
    'FROM --platform=$BUILDPLATFORM golang:1.27 AS build\nARG TARGETARCH\nRUN GOARCH=$TARGETARCH go build -o /app\nFROM alpine:3.24\nCOPY --from=build /app /app\n';
  it('runs FROM --platform=$BUILDPLATFORM stages natively and the others emulated for another target', () => {
    const plan = analyze(cross, {platform: 'linux/arm64'}).plan;
    expect(plan.platforms).toEqual([
      {stage: 0, platform: 'linux/amd64', emulated: false},
      {stage: 1, platform: 'linux/arm64', emulated: true},
    ]);
  });
  it("runs a stage built on another for that stage's platform (BuildKit's dispatchState.init)", () => {
    const text = `${cross}FROM build AS test\nRUN go test ./...\n`;
    const plan = analyze(text, {platform: 'linux/arm64', target: 'test'}).plan;
    expect(plan.platforms).toEqual([
      {stage: 0, platform: 'linux/amd64', emulated: false},
      {stage: 2, platform: 'linux/amd64', emulated: false},
    ]);
  });
  it('runs everything natively without --platform', () => {
    expect(analyze(cross).plan.platforms.every((p) => !p.emulated)).toBe(true);
  });
  it('is empty when there is no target', () => {
    expect(analyze('FROM alpine:3.24', {target: 'nope'}).plan.stages).toEqual([]);
  });
});

import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
import {variablesRead} from '../../src/core/estimate/itemDraft';
import {stepsOf} from '../../src/core/contents/walkStages';
import type {Analysis, ContentItem, Estimate} from '../../src/core/types';
import {readAnalysisFixtures} from './fixtures';
import {docsDockerfiles, exerciseDockerfiles} from '../content/dockerfileExamples';

const dir = path.resolve(__dirname, '../fixtures/estimate');
const MB = 1_000_000;

function estimateOf(name: string): {analysis: Analysis; estimate: Estimate} {
  const analysis = analyze(readFileSync(path.join(dir, `${name}.Dockerfile`), 'utf8'));
  return {analysis, estimate: analysis.estimate};
}

/** `category path` for every item of a stage that is still in its filesystem. */
function present(estimate: Estimate, stage: number): string[] {
  return estimate.stages[stage]!.contents.filter((item) => item.removedAt === null).map((item) => `${item.category} ${item.paths.join(',')}`);
}

function categories(items: readonly ContentItem[]): string[] {
  return items.map((item) => item.category);
}

describe('estimate: the Node.js example, against figures worked by hand', () => {
  const {estimate} = estimateOf('node-example');

  // Figures (decimal MB), from design/base-image-sizes.md:
  //   node:20       → the catalog's node/full entry: 1,230 MB, read for node:24-trixie (repo-info local).
  //   node:20-slim  → node/slim: 234.17 MB, read for node:24-trixie-slim.
  //   npm ci        → production node_modules 4.5 MB (measured, Express only)
  //                   + devDependencies 107 − 4.5 = 102.5 MB (measured with TS, Jest, ESLint).
  //   manifests, npm cache, source (COPY . .) and dist: unknown, left out of the sums.
  //
  // build   = 1,230 + 4.5 + 102.5                      = 1,337 MB
  // runtime =   234.17 + 4.5   (npm ci --omit=dev; the npm cache is cleaned in the same RUN)
  //                                                    =   238.67 MB
  // single stage, on node:20: 1,230 + (4.5 + 102.5) [build's own] + 4.5 [runtime's own npm ci]
  //                                                    = 1,341.5 MB
  // savings = 1,341.5 − 238.67 = 1,102.83 MB;  1,102.83 / 1,341.5 = 0.8220… → 82.2 %
  it('sizes each stage', () => {
    expect(estimate.stages.map((stage) => stage.bytes)).toEqual([1337 * MB, 238_670_000]);
    expect(estimate.final).toEqual({index: 1, bytes: 238_670_000, range: {min: 238_670_000, max: 384_170_000}});
    // runtime range: 234.17 (a reading, no range) + production 4.5–150 MB
  });

  it('compares with the same steps in one stage', () => {
    expect(estimate.singleStage).toEqual({bytes: 1341.5 * MB, range: expect.any(Object), base: 'node:20', buildStage: 0});
    expect(estimate.savings).toEqual({bytes: 1_102_830_000, percent: 82.2});
  });

  it('lists what the build stage holds and the runtime does not', () => {
    const left = estimate.leftBehind.map((item) => `${item.stage} ${item.category} ${item.bytes}`);
    expect(left).toEqual([
      `0 base-image ${1230 * MB}`,
      '0 toolchain 0', // gcc: part of node:20's figure; Node.js itself is in node:20-slim too
      '0 other null', // package manifests
      `0 dependencies ${4.5 * MB}`, // the build stage's own node_modules (the runtime installed its own)
      `0 dev-dependencies ${102.5 * MB}`,
      '0 cache null', // npm cache
      '0 source null',
    ]);
  });

  it('has nothing to warn about, and says where its figures come from', () => {
    expect(estimate.warnings).toEqual([]);
    expect(estimate.assumptions.some((text) => text.includes('base-image catalog dated 2026-09'))).toBe(true);
    expect(estimate.stages[1]!.contents.find((item) => item.category === 'base-image')!.assumption).toContain('docker-library/repo-info');
  });
});

describe('estimate: the Go example, against figures worked by hand', () => {
  const {estimate} = estimateOf('go-example');

  // golang:1.26 → golang/full: 847.55 MB uncompressed, read for golang:1.25-trixie.
  // go build -o /bin/server → a typical service binary, 16–24 MB, taken as 20 MB (range 1.3–24 MB).
  // Module cache, build cache, manifests and source: unknown.
  //
  // build   = 847.55 + 20 = 867.55 MB
  // final   = scratch 0 + 20 = 20 MB           (range 1.3–24 MB)
  // single  = 847.55 + 20 = 867.55 MB          (the binary is counted once, in the build stage)
  // savings = 867.55 − 20 = 847.55 MB; 847.55 / 867.55 = 0.97695… → 97.7 %
  it('sizes each stage and the savings', () => {
    expect(estimate.stages.map((stage) => stage.bytes)).toEqual([867_550_000, 20 * MB]);
    expect(estimate.final).toEqual({index: 1, bytes: 20 * MB, range: {min: 1.3 * MB, max: 24 * MB}});
    expect(estimate.singleStage.bytes).toBe(867_550_000);
    expect(estimate.savings).toEqual({bytes: 847_550_000, percent: 97.7});
  });

  it('the final image holds only the binary, at the path it was copied to', () => {
    expect(present(estimate, 1)).toEqual(['base-image /', 'build-output /server']);
    expect(estimate.warnings).toEqual([]);
  });

  it('leaves the toolchain, the modules, the build cache and the source behind', () => {
    expect(categories(estimate.leftBehind)).toEqual(['base-image', 'toolchain', 'toolchain', 'other', 'dependencies', 'source', 'cache']);
    expect(estimate.leftBehind.filter((item) => item.category === 'toolchain').map((item) => item.compiler)).toEqual([true, true]);
  });
});

describe('estimate: COPY --from carries categories by path', () => {
  it('node_modules from a stage that ran npm ci brings devDependencies, and a warning', () => {
    const {estimate} = estimateOf('node-modules-dev');
    // 234.17 (node:20-slim) + 4.5 + 102.5 = 341.17 MB
    expect(estimate.final!.bytes).toBe(341_170_000);
    expect(present(estimate, 2)).toEqual([
      'base-image /',
      'toolchain /usr/local/bin/node,/usr/local/lib/node_modules/npm',
      'dependencies /srv/node_modules',
      'dev-dependencies /srv/node_modules',
      'build-output /srv/dist',
    ]);
    expect(estimate.warnings.map((warning) => `${warning.category}@${warning.line}`)).toEqual(['dev-dependencies@14']);
  });

  it('node_modules from an --omit=dev install, or pruned, brings production dependencies only', () => {
    const {estimate} = estimateOf('node-modules-prod');
    // 234.17 + 4.5 (prod-deps' node_modules) + 4.5 (build's, pruned) = 243.17 MB
    expect(estimate.final!.bytes).toBe(243_170_000);
    expect(categories(estimate.stages[2]!.contents)).not.toContain('dev-dependencies');
    expect(estimate.warnings).toEqual([]);
    // The prune runs in a later RUN than the install: the devDependencies leave the filesystem but
    // still weigh in the install's layer, so the build stage is 1,230 + 4.5 + 102.5 = 1,337 MB.
    const dev = estimate.stages[1]!.contents.find((item) => item.category === 'dev-dependencies')!;
    expect(dev).toMatchObject({line: 9, removedAt: 11}); // the RUN that prunes starts on line 11
    expect(estimate.stages[1]!.bytes).toBe(1337 * MB);
  });

  it('dist brings only the build output', () => {
    const {estimate} = estimateOf('node-example');
    const copied = estimate.stages[1]!.contents.filter((item) => item.via === 'copy');
    expect(copied.map((item) => [item.category, item.paths, item.copiedFrom])).toEqual([['build-output', ['/app/dist'], {stage: 0, image: null}]]);
  });

  it('the whole /app brings source, node_modules and output, with warnings', () => {
    const {estimate} = estimateOf('whole-app');
    expect(present(estimate, 1).slice(2)).toEqual([
      'source /app',
      'dependencies /app/node_modules',
      'dev-dependencies /app/node_modules',
      'build-output /app/dist,/app/build,/app/out,/app/.next',
    ]);
    // node:20-alpine 170.75 MB (read for node:24-alpine) + 4.5 + 102.5 = 277.75 MB
    expect(estimate.final!.bytes).toBe(277.75 * MB);
    expect(estimate.warnings.map((warning) => warning.category)).toEqual(['source', 'dev-dependencies']);
  });

  it('a copy from an image is other, sized only when the catalog knows the whole image', () => {
    const {estimate} = estimateOf('unknown-image');
    const fromImages = estimate.stages[1]!.contents.filter((item) => item.copiedFrom?.image === 'busybox:1.36');
    expect(fromImages.map((item) => [item.category, item.bytes, item.paths[0]])).toEqual([
      ['other', null, '/bin/busybox'],
      ['other', 4.45 * MB, '/opt/busybox'],
    ]);
  });
});

describe('estimate: caches', () => {
  it('RUN --mount=type=cache leaves nothing behind in the layer', () => {
    const {estimate} = estimateOf('cache-mounts');
    const all = estimate.stages.flatMap((stage) => stage.contents);
    expect(all.filter((item) => item.category === 'cache')).toEqual([]);
    // go mod download into a cache mount: the modules are not in the layer either.
    expect(all.filter((item) => item.paths.some((p) => p.startsWith('/go/pkg/mod')))).toEqual([]);
    expect(estimate.warnings).toEqual([]);
  });

  it('apt lists: none when the same RUN removes them; 19 MB that still weigh when a later RUN does', () => {
    const {estimate} = estimateOf('apt-lists');
    expect(categories(estimate.stages[0]!.contents)).not.toContain('cache');
    const lists = estimate.stages[1]!.contents.find((item) => item.category === 'cache')!;
    expect(lists).toMatchObject({bytes: 19 * MB, paths: ['/var/lib/apt/lists'], line: 7, removedAt: 8});
    // debian:trixie 120–130 MB (estimate) → 125 MB, + 19 MB of lists = 144 MB
    expect(estimate.stages[1]!.bytes).toBe(144 * MB);
  });

  it('apk: --no-cache keeps nothing; a virtual group deleted in the same RUN leaves no trace', () => {
    const {estimate} = estimateOf('apt-lists');
    expect(present(estimate, 2).filter((item) => !item.startsWith('base-image'))).toEqual(['os-packages /usr', 'cache /var/cache/apk', 'build-output /']);
    expect(estimate.warnings.map((warning) => warning.category)).toEqual(['cache']);
  });
});

describe('estimate: secrets', () => {
  const {estimate} = estimateOf('secrets');

  it('a secret copied in, or set with ENV, stays in the final image, even when removed later', () => {
    expect(estimate.warnings.filter((warning) => warning.category === 'secret').map((warning) => warning.line)).toEqual([11, 13, 15]);
    const key = estimate.warnings.find((warning) => warning.line === 13)!;
    expect(key.message).toContain('Removing it at line 14 does not help');
  });

  it('a secret mount, or a file written and removed in the same RUN, does not leak', () => {
    const labels = estimate.stages.flatMap((stage) => stage.contents).map((item) => item.label);
    expect(labels.filter((label) => label.includes('.npmrc'))).toEqual([]);
    expect(labels.filter((label) => label.includes('PUBLIC_KEY_URL'))).toEqual([]);
  });

  it("the build stage's ARG NPM_TOKEN stays behind", () => {
    expect(estimate.leftBehind.filter((item) => item.category === 'secret').map((item) => item.label)).toEqual(['ARG NPM_TOKEN: a value named like a secret']);
  });
});

describe('estimate: unknown sizes', () => {
  const {estimate} = estimateOf('unknown-image');

  it('a base image the catalog does not know has bytes null, and says so', () => {
    expect(estimate.stages[0]!.bytes).toBeNull();
    expect(estimate.stages[0]!.note).toContain('mycorp/toolbox:7 has no size in the catalog');
    expect(estimate.assumptions.some((text) => text.includes('mycorp/toolbox:7'))).toBe(true);
  });

  it('so the single-stage size and the savings are unknown, never guessed', () => {
    expect(estimate.singleStage).toMatchObject({bytes: null, base: 'mycorp/toolbox:7'});
    expect(estimate.savings).toEqual({bytes: null, percent: null});
    // alpine:3.24 8–9 MB (estimate) → 8.5 MB, + all of busybox:1.36 4.45 MB (read) = 12.95 MB
    expect(estimate.final!.bytes).toBeCloseTo(12.95 * MB, 0);
  });

  it('a path copied out of an item of another stage is a part of it, of unknown size', () => {
    const part = estimate.stages[1]!.contents.find((item) => item.paths[0] === '/usr/local/bin/app')!;
    expect(part).toMatchObject({category: 'build-output', bytes: null, partOf: '0:4:1'});
  });
});

describe('estimate: inheritance', () => {
  it('FROM <stage> inherits contents, WORKDIR and ENV; ONBUILD triggers run in the child', () => {
    const analysis = analyze(
      [
        'FROM node:20 AS base',
        'WORKDIR /app',
        'ENV NODE_ENV=production',
        'ONBUILD COPY . .',
        'FROM base AS deps',
        'RUN npm ci',
        'FROM deps AS runtime',
        'CMD ["node", "server.js"]',
      ].join('\n'),
    );
    const {estimate} = analysis;
    expect(present(estimate, 1).slice(3)).toEqual(['source /app', 'dependencies /app/node_modules', 'cache /root/.npm']);
    expect(estimate.stages[2]!.contents.slice(3).map((item) => [item.via, item.line])).toEqual([
      ['inherited', 4],
      ['inherited', 6],
      ['inherited', 6],
    ]);
    // The final stage is built on node:20, so it still carries gcc: one warning for the base toolchains.
    expect(estimate.warnings.map((warning) => `${warning.category}@${warning.line}`)).toEqual(['toolchain@1', 'source@4', 'cache@6']);
  });

  it('a stage that is not built is neither left behind nor counted in the single-stage figure', () => {
    const analysis = analyze(
      [
        'FROM node:20 AS build',
        'RUN npm ci',
        'FROM build AS test',
        'RUN npm ci',
        'FROM node:20-slim',
        'COPY --from=build /node_modules /app/node_modules',
      ].join('\n'),
    );
    expect(analysis.builtStages).toEqual([0, 2]);
    expect(analysis.estimate.leftBehind.every((item) => item.stage === 0)).toBe(true);
    // 1,230 + 4.5 + 102.5 (build's npm ci only; test's is not built) = 1,337 MB
    expect(analysis.estimate.singleStage.bytes).toBe(1337 * MB);
  });
});

describe('estimate: invariants over every analysis fixture', () => {
  for (const fixture of readAnalysisFixtures()) {
    it(fixture.name, () => {
      const analysis = analyze(fixture.text, fixture.options);
      const {estimate} = analysis;
      expect(estimate.stages.map((stage) => stage.index)).toEqual(analysis.stages.map((stage) => stage.index));
      for (const stage of estimate.stages) {
        const counted = stage.contents.filter((item) => item.includedIn === null);
        if (stage.bytes !== null) {
          expect(stage.bytes).toBeCloseTo(
            counted.reduce((total, item) => total + (item.bytes ?? 0), 0),
            0,
          );
          expect(stage.unknownItems).toBe(counted.filter((item) => item.bytes === null).length);
          expect(stage.range!.min).toBeLessThanOrEqual(stage.bytes);
          expect(stage.range!.max).toBeGreaterThanOrEqual(stage.bytes);
        }
        for (const item of stage.contents) for (const p of item.paths) expect(p.startsWith('/')).toBe(true);
      }
      expect(estimate.final?.index ?? null).toBe(analysis.target);
      const finalIds = new Set(estimate.final === null ? [] : estimate.stages[estimate.final.index]!.contents.map((item) => item.id));
      for (const item of estimate.leftBehind) {
        expect(finalIds.has(item.id)).toBe(false);
        expect(analysis.builtStages).toContain(item.stage);
      }
      expect(JSON.parse(JSON.stringify(estimate))).toEqual(estimate);
    });
  }

  it('puts a context copy at the WORKDIR the stage walk gives its step', () => {
    const texts = [
      ...readAnalysisFixtures().map((fixture) => fixture.text),
      ...readdirSync(dir).map((file) => readFileSync(path.join(dir, file), 'utf8')),
      'FROM alpine:3.24 AS a\nWORKDIR /a\nONBUILD WORKDIR b\nFROM a AS b\nCOPY . .\nWORKDIR ../c\nCOPY . .',
    ];
    let checked = 0;
    for (const text of texts) {
      const analysis = analyze(text);
      analysis.stages.forEach((stage, index) => {
        for (const instruction of stage.instructions) {
          if (instruction.kind !== 'copy' || instruction.onbuild || instruction.from !== null || instruction.sources.join() !== '.') continue;
          if (instruction.destination !== '.' && instruction.destination !== './') continue;
          const item = analysis.estimate.stages[index]!.contents.find((entry) => entry.line === instruction.range.line && entry.category === 'source')!;
          expect(item.paths).toEqual([stepsOf(analysis.contents[index]!.walk).find((step) => step.instruction === instruction)!.workdir]);
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('estimate: bounded on hostile files', () => {
  it('copies that double from stage to stage stop at the per-stage and per-file limits, saying so', () => {
    const lines = ['FROM node:20 AS s0', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build', 'FROM node:20 AS s1', 'COPY --from=s0 / /'];
    for (let i = 2; i < 300; i++) lines.push(`FROM node:20 AS s${i}`, `COPY --from=s${i - 1} / /a${i}/`, `COPY --from=s${i - 2} / /b${i}/`);
    const {estimate} = analyze(lines.join('\n'));
    expect(Math.max(...estimate.stages.map((stage) => stage.contents.length))).toBe(200);
    expect(estimate.stages.some((stage) => stage.note?.includes('only the first 200 items'))).toBe(true);
    expect(estimate.stages.at(-1)).toMatchObject({bytes: null, contents: []});
    expect(estimate.stages.at(-1)!.note).toContain('not estimated');
    expect(estimate.final!.bytes).toBeNull();
    expect(estimate.assumptions.some((text) => text.includes('not estimated'))).toBe(true);
  });
});

describe('estimate: remembered recognitions', () => {
  it('recognisers read only the variables the cache key holds', () => {
    const source = path.resolve(__dirname, '../../src/core/estimate');
    const read = new Set<string>();
    for (const file of readdirSync(source).filter((name) => name.startsWith('recognise') && !name.endsWith('.test.ts'))) {
      const text = readFileSync(path.join(source, file), 'utf8');
      for (const match of text.matchAll(/(?:envValue\([^,]+,[^,]+,|env\()\s*'([A-Za-z_]+)'/g)) read.add(match[1]!);
      // Any other way of reading a variable would escape the cache key (recogniseRunCommand builds the key).
      if (file !== 'recogniseRunCommand.ts') expect(text).not.toMatch(/context\.env\.get\(/);
    }
    expect(read.size).toBeGreaterThan(10);
    for (const name of read) {
      expect(variablesRead).toContain(name);
      if (name.toUpperCase() !== name) continue;
      // `env('NPM_CONFIG_OMIT')` also reads the lower-case spelling.
      if (name.startsWith('NPM_CONFIG_')) expect(variablesRead).toContain(name.toLowerCase());
    }
  });

  it('the same command in a different context is recognised again', () => {
    const text = (env: string) => `FROM node:20\nWORKDIR /app\n${env}\nRUN npm ci`;
    const dev = analyze(text('ENV CI=1')).estimate.stages[0]!.contents.map((item) => item.category);
    const prod = analyze(text('ENV NODE_ENV=production')).estimate.stages[0]!.contents.map((item) => item.category);
    expect(dev).toContain('dev-dependencies');
    expect(prod).not.toContain('dev-dependencies');
    const moved = analyze('FROM node:20\nWORKDIR /srv\nRUN npm ci').estimate.stages[0]!.contents.find((item) => item.category === 'dependencies');
    expect(moved!.paths).toEqual(['/srv/node_modules']);
  });
});

describe('estimate: warnings about the final image', () => {
  it("an interpreted program's own source is what it runs: no warning, unless it is the whole context", () => {
    const lines = [
      'FROM python:3.14-slim',
      'WORKDIR /app',
      'COPY requirements.txt requirements-dev.txt ./',
      'RUN pip install --no-cache-dir -r requirements.txt -r requirements-dev.txt',
      'COPY app.py ./',
      'COPY src ./src',
      'CMD ["python", "app.py"]',
    ];
    const {estimate} = analyze(lines.join('\n'));
    expect(estimate.warnings.map((warning) => `${warning.category}@${warning.line}`)).toEqual(['dev-dependencies@4']);
    expect(estimate.warnings[0]!.message).not.toContain('npm');
    const whole = analyze([...lines.slice(0, 2), 'COPY . .'].join('\n')).estimate;
    expect(whole.warnings.map((warning) => warning.category)).toEqual(['source']);
    expect(whole.warnings[0]!.message).toContain('.dockerignore');
  });

  it('source beside build output is dead weight', () => {
    const {estimate} = analyze('FROM node:20-slim\nWORKDIR /app\nCOPY src ./src\nRUN npx tsc\nCMD ["node", "dist/index.js"]');
    expect(estimate.warnings.map((warning) => `${warning.category}@${warning.line}`)).toEqual(['source@3']);
  });

  it('a compiler copied in from an image is a toolchain warning of its own', () => {
    const {estimate} = analyze('FROM debian:trixie-slim\nCOPY --from=golang:1.26 /usr/local/go /usr/local/go\nCMD ["go"]');
    expect(estimate.warnings).toHaveLength(1);
    expect(estimate.warnings[0]).toMatchObject({category: 'toolchain', line: 2, bytes: null});
    expect(estimate.warnings[0]!.message).toContain('copied in at line 2');
  });

  it('the toolchains of a compiler base come in one warning, on the FROM line', () => {
    const {estimate} = analyze('FROM golang:1.26\nWORKDIR /src\nCOPY . .\nRUN go build -o /bin/app .\nCMD ["/bin/app"]');
    const toolchain = estimate.warnings.filter((warning) => warning.category === 'toolchain');
    expect(toolchain).toHaveLength(1);
    expect(toolchain[0]).toMatchObject({line: 1});
    expect(toolchain[0]!.message).toContain('golang:1.26');
    expect(estimate.warnings.map((warning) => warning.category)).toEqual(['toolchain', 'source', 'cache']);
  });
});

describe('estimate: a Java build', () => {
  it('the jar copied out of target/ is the build output, whatever it is called', () => {
    const {estimate} = analyze(
      [
        'FROM maven:3.9-eclipse-temurin-21 AS build',
        'WORKDIR /app',
        'COPY pom.xml .',
        'RUN mvn -B dependency:go-offline',
        'COPY src ./src',
        'RUN mvn -B -DskipTests package',
        'FROM eclipse-temurin:21-jre',
        'COPY --from=build /app/target/demo-1.0.jar /app/app.jar',
        'CMD ["java", "-jar", "/app/app.jar"]',
      ].join('\n'),
    );
    expect(present(estimate, 1).slice(2)).toEqual(['build-output /app/app.jar']);
    expect(categories(estimate.leftBehind)).toEqual(['base-image', 'toolchain', 'toolchain', 'other', 'dependencies', 'source']);
    // maven 480–520 MB → 500 MB; eclipse-temurin:21-jre 270–300 MB → 285 MB; the jar: unknown.
    expect(estimate.singleStage.bytes).toBe(500 * MB);
    expect(estimate.final!.bytes).toBe(285 * MB);
    expect(estimate.warnings).toEqual([]);
  });
});

describe('savings need a final image with a known part', () => {
  const finalOf = (text: string) => {
    const {estimate} = analyze(text);
    return {estimate, final: estimate.stages.find((stage) => stage.index === estimate.final?.index)!};
  };
  const build = 'FROM node:24 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n';

  it.each([
    ['scratch and a build of unknown size', `${build}FROM scratch\nCOPY --from=build /app/dist /dist\n`],
    ['a base the catalog does not know', `${build}FROM myorg/runtime:1\nCOPY --from=build /app/dist /dist\n`],
    ['a catalog base without a figure', `${build}FROM busybox:1.38-uclibc\nCOPY --from=build /app/dist /dist\n`],
  ])('shows no saving for %s', (_what, text) => {
    const {estimate} = finalOf(text);
    expect(estimate.singleStage.bytes).not.toBeNull();
    expect(estimate.savings).toEqual({bytes: null, percent: null});
  });

  it('still shows one when a part has a size (a Go binary on scratch)', () => {
    const {estimate} = finalOf(
      'FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
    );
    expect(estimate.savings.percent).toBeGreaterThan(90);
  });

  it('never shows one on any shipped Dockerfile whose final parts are all unknown', () => {
    for (const example of [...docsDockerfiles(), ...exerciseDockerfiles()]) {
      const {estimate, final} = finalOf(example.text);
      if (final === undefined || estimate.savings.bytes === null) continue;
      expect(
        final.contents.some((item) => item.bytes !== null && item.bytes > 0),
        `${example.file}:${example.line}`,
      ).toBe(true);
    }
  });
});

describe('a base image item carries its pull size where the catalog has one', () => {
  const baseItem = (image: string) => analyze(`FROM ${image}\n`).estimate.stages[0]!.contents.find((item) => item.category === 'base-image')!;

  it('gives both sizes for a read image, the on-disk one in the totals', () => {
    const item = baseItem('node:24-slim');
    expect(item.bytes).toBe(234_170_000);
    expect(item.compressed).toEqual({bytes: 80_500_000, kind: 'reading', readFor: 'node:24-slim'});
    expect(analyze('FROM node:24-slim\n').estimate.stages[0]!.bytes).toBe(234_170_000);
  });

  it('marks an estimated pull size as an estimate, and leaves it out where none is known', () => {
    expect(baseItem('maven:3.9-eclipse-temurin-21').compressed?.kind).toBe('estimate');
    expect(baseItem('php:8.5-cli')).not.toHaveProperty('compressed');
    expect(baseItem('busybox:1.38-uclibc')).not.toHaveProperty('compressed');
    expect(baseItem('registry.example.com/team/runtime:7')).not.toHaveProperty('compressed');
  });
});

import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyze, applyHunk, convertDockerfile, proposalHunks, runChecks, toConvertJson} from '../../src/core';
import {rubrics} from '../../src/core/convert/verifyProposal';
import {findExercise} from '../../src/exercises';

const folder = join(__dirname, '../fixtures/convert');
const today = new Date('2026-12-02');
const files = readdirSync(folder).filter((name) => name.endsWith('.Dockerfile'));
const read = (name: string) => readFileSync(join(folder, name), 'utf8');

/** The stack each file is converted as; files named decline-* must be declined. */
const expectedStack = (name: string) => (name.startsWith('decline-') ? null : name.split('-')[0] === 'static' ? 'static-site' : name.split('-')[0]);

describe('convert corpus', () => {
  it('has at least 30 files, every stack among them', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const stacks = new Set(files.map(expectedStack));
    for (const stack of ['node', 'go', 'python', 'java', 'rust', 'static-site', null]) expect(stacks).toContain(stack);
    for (const tool of ['npm', 'yarn', 'pnpm', 'cgo', 'pip', 'uv', 'poetry', 'maven', 'gradle']) expect(files.some((name) => name.includes(tool))).toBe(true);
  });

  for (const name of files) {
    const stack = expectedStack(name);
    it(`${name}: ${stack === null ? 'declined with a reason' : `converted as ${stack} and verified`}`, () => {
      const text = read(name);
      const result = convertDockerfile(text, {today});
      if (stack === null) {
        expect(result.kind).toBe('declined');
        expect(result.kind === 'declined' && result.reason.length).toBeGreaterThan(20);
        return;
      }
      expect(result.kind, result.kind === 'declined' ? result.reason : '').toBe('proposal');
      if (result.kind !== 'proposal') return;
      expect(result.stack).toBe(stack);
      const analysis = analyze(result.dockerfile);
      expect(analysis.error).toBeNull();
      expect(analysis.stages.length).toBeGreaterThanOrEqual(2);
      expect(analysis.stages[0]!.name).toBe('build');
      expect(runChecks(rubrics[result.stack].checks, result.dockerfile).passed).toBe(true);
      if (result.rubric !== null) {
        const exercise = findExercise(result.rubric);
        expect(exercise?.kind).toBe('dockerfile');
        if (exercise?.kind === 'dockerfile') expect(runChecks(exercise.checks, result.dockerfile).passed).toBe(true);
      }
      expect(result.estimate.after).not.toBeNull();
      expect(result.estimate.after!).toBeLessThan(result.estimate.before!);
      expect(result.estimate.leftTheImage.length).toBeGreaterThan(0);
      // Applying every hunk, one at a time, yields the proposal.
      let current = text;
      for (let guard = 0; guard < 50; guard++) {
        const [hunk] = proposalHunks(current, result.dockerfile, result.sections);
        if (hunk === undefined) break;
        expect(hunk.reason).not.toBe('');
        expect(hunk.chapter).toMatch(/^\/tutorial\//);
        current = applyHunk(current, hunk);
      }
      expect(current).toBe(result.dockerfile);
    });
  }
});

describe('convert details', () => {
  it('uses the exercise rubrics where they apply', () => {
    for (const id of ['node-multi-stage', 'go-multi-stage'] as const) {
      const exercise = findExercise(id);
      if (exercise?.kind !== 'dockerfile') throw new Error(id);
      const stack = id === 'node-multi-stage' ? 'node' : 'go';
      expect([...rubrics[stack].checks].sort()).toEqual(
        exercise.checks
          .filter((check) => check.required)
          .map((check) => check.id)
          .sort(),
      );
    }
  });

  it('turns off cgo for a static Go binary, and keeps it (on a glibc base) when asked', () => {
    const staticGo = convertDockerfile(read('go-basic.Dockerfile'), {today});
    expect(staticGo.kind === 'proposal' && staticGo.dockerfile).toMatch(/CGO_ENABLED=0 go build[\s\S]*FROM gcr\.io\/distroless\/static-debian13:nonroot/);
    const cgo = convertDockerfile(read('go-cgo.Dockerfile'), {today});
    expect(cgo.kind === 'proposal' && cgo.dockerfile).toMatch(/CGO_ENABLED=1 go build[\s\S]*FROM gcr\.io\/distroless\/base-debian13:nonroot/);
  });

  it('moves an end-of-life base to a supported line and says so', () => {
    const result = convertDockerfile(read('node-eol-base.Dockerfile'), {today});
    expect(result.kind).toBe('proposal');
    if (result.kind !== 'proposal') return;
    expect(result.dockerfile).toMatch(/^FROM node:24 AS build/);
    expect(result.notes.some((note) => note.message.includes('end of life'))).toBe(true);
  });

  it('keeps an unknown start file as written and declines to guess', () => {
    const result = convertDockerfile(read('decline-npm-start.Dockerfile'), {today});
    expect(result.kind === 'declined' && result.reason).toMatch(/will not guess.*npm start/);
  });

  it('declines a split file, and one where nothing is build-only', () => {
    expect(convertDockerfile(read('decline-already-split.Dockerfile'), {today})).toMatchObject({kind: 'declined'});
    const pure = convertDockerfile(read('decline-python-pure.Dockerfile'), {today});
    expect(pure.kind === 'declined' && pure.reason).toMatch(/would not pay/);
  });

  it('moves the install before the source copy, splitting `npm ci && npm run build`', () => {
    const result = convertDockerfile(read('node-npm-typescript.Dockerfile'), {today});
    expect(result.kind === 'proposal' && result.dockerfile).toMatch(/COPY package\.json package-lock\.json \.\/\nRUN npm ci\nCOPY \. \.\nRUN npm run build/);
  });

  it('gives the contract JSON shape', () => {
    const json = toConvertJson(convertDockerfile(read('rust-basic.Dockerfile'), {today})) as Record<string, unknown>;
    expect(json).toMatchObject({declined: false, reason: null});
    expect(typeof json.dockerfile).toBe('string');
    expect((json.edits as unknown[]).length).toBeGreaterThan(0);
    expect(json.estimate).toMatchObject({before: 1_800_000_000});
    expect(toConvertJson(convertDockerfile('', {today}))).toMatchObject({declined: true});
  });

  it('never throws on junk', () => {
    for (const junk of ['\u0000\u0001binary', 'FROM', 'FROM node:24\nRUN npm ci && npm run build\nCMD ["node"', 'x'.repeat(100_000)]) {
      expect(() => convertDockerfile(junk, {today})).not.toThrow();
    }
  });
});

describe('convert hunks', () => {
  it('gives each hunk the reason of the one section it writes', () => {
    const result = convertDockerfile(read('node-npm-typescript.Dockerfile'), {today});
    if (result.kind !== 'proposal') throw new Error(result.reason);
    const reasons = result.hunks.map((hunk) => hunk.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const hunk of result.hunks) {
      const written = hunk.added.filter((line) => line.trim() !== '');
      const section = result.sections.find((candidate) => candidate.reason === hunk.reason);
      expect(section, hunk.reason).toBeDefined();
      for (const line of written) expect(section!.lines).toContain(line);
    }
    expect(reasons).toContain('The runtime installs production dependencies only, so devDependencies and the package cache stay in the build stage.');
  });

  it('applies hunks in any order and still reaches the proposal', () => {
    const text = read('go-alpine.Dockerfile');
    const result = convertDockerfile(text, {today});
    if (result.kind !== 'proposal') throw new Error(result.reason);
    let current = text;
    for (let guard = 0; guard < 50; guard++) {
      const hunks = proposalHunks(current, result.dockerfile, result.sections);
      const last = hunks.at(-1);
      if (last === undefined) break;
      current = applyHunk(current, last);
    }
    expect(current).toBe(result.dockerfile);
  });
});

describe('uv sync and poetry install in the contents model', () => {
  const itemsOf = (text: string) => analyze(text).estimate.stages[0]!.contents.map((item) => `${item.category} ${item.label} ${item.paths.join(',')}`);

  it('puts uv sync packages in the project environment, .venv or UV_PROJECT_ENVIRONMENT', () => {
    expect(itemsOf('FROM python:3.14\nWORKDIR /app\nRUN uv sync --frozen\n')).toContain(
      'dependencies Python packages: pyproject.toml (uv sync) /app/.venv/lib/python3*/site-packages',
    );
    const custom = itemsOf('FROM python:3.14\nENV UV_PROJECT_ENVIRONMENT=/opt/venv\nRUN uv sync --no-cache\n');
    expect(custom).toContain('dependencies Python packages: pyproject.toml (uv sync) /opt/venv/lib/python3*/site-packages');
    expect(custom.some((item) => item.includes('uv download cache'))).toBe(false);
  });

  it("puts poetry install packages in the active virtualenv, else Poetry's own", () => {
    expect(itemsOf('FROM python:3.14\nENV VIRTUAL_ENV=/opt/venv\nRUN poetry install\n')).toContain(
      'dependencies Python packages: pyproject.toml (poetry install) /opt/venv/lib/python3*/site-packages',
    );
    expect(itemsOf('FROM python:3.14\nRUN poetry install\n')).toContain(
      'dependencies Python packages: pyproject.toml (poetry install) /root/.cache/pypoetry/virtualenvs/*/lib/python3*/site-packages',
    );
  });
});

describe('convert chapter links', () => {
  const pages = readdirSync(join(__dirname, '../../docs'), {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => readFileSync(join(__dirname, '../../docs', file), 'utf8'));

  it('point at a page and heading that exist', async () => {
    const {chapters} = await import('../../src/core/convert/draft');
    for (const link of Object.values(chapters)) {
      const [slug, anchor] = link.split('#') as [string, string | undefined];
      const page = pages.find((text) => new RegExp(`^slug: ${slug}$`, 'm').test(text));
      expect(page, link).toBeDefined();
      if (anchor !== undefined) expect(page, link).toContain(`{/* #${anchor} */}`);
    }
  });
});

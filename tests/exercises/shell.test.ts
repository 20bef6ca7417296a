import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
import {cgoSetting, commandsOfRun, commandsOfScript, dependencyInstall} from '../../src/core/checks/shell';
import type {RunInstruction} from '../../src/core/types';

const command = (text: string) => commandsOfScript(text)[0]!;
const splitScript = (text: string) => commandsOfScript(text).map((c) => c.words);

function runOf(dockerfile: string): RunInstruction {
  const instruction = analyze(dockerfile).stages[0]!.instructions.find((i) => i.kind === 'run');
  if (instruction?.kind !== 'run') throw new Error('no RUN');
  return instruction;
}

describe('the shell splitter, as the checks read it', () => {
  it('splits at operators, keeps quoted text whole and drops comments', () => {
    expect(splitScript(`npm ci && npm run build; echo "a && b" | tee 'x y' # done`)).toEqual([
      ['npm', 'ci'],
      ['npm', 'run', 'build'],
      ['echo', 'a && b'],
      ['tee', 'x y'],
    ]);
  });

  it('joins escaped newlines and keeps escaped characters', () => {
    expect(splitScript('npm ci \\\n  --omit=dev\ngo build')).toEqual([
      ['npm', 'ci', '--omit=dev'],
      ['go', 'build'],
    ]);
  });
});

describe('simple commands', () => {
  it('separates assignments and wrappers from the program', () => {
    expect(command('CGO_ENABLED=0 GOOS=linux go build -o /x .')).toEqual({
      env: {CGO_ENABLED: '0', GOOS: 'linux'},
      words: ['go', 'build', '-o', '/x', '.'],
      writes: [],
    });
    expect(command('env -i NODE_ENV=production npm ci').words).toEqual(['npm', 'ci']);
  });

  it('unwraps sh -c scripts, in shell and exec form', () => {
    expect(commandsOfScript(`sh -ec 'npm ci && npm test'`).map((c) => c.words)).toEqual([
      ['npm', 'ci'],
      ['npm', 'test'],
    ]);
    expect(commandsOfRun(runOf('FROM node:20\nRUN ["/bin/bash", "-c", "npm ci && npm test"]\n')).map((c) => c.words)).toEqual([
      ['npm', 'ci'],
      ['npm', 'test'],
    ]);
    expect(commandsOfRun(runOf('FROM node:20\nRUN ["npm", "ci"]\n')).map((c) => c.words)).toEqual([['npm', 'ci']]);
  });

  it('reads heredoc bodies', () => {
    const run = runOf('FROM node:20\nRUN <<EOF\nnpm ci\nnpm run build\nEOF\n');
    expect(commandsOfRun(run).map((c) => c.words)).toEqual([
      ['npm', 'ci'],
      ['npm', 'run', 'build'],
    ]);
  });
});

describe('dependency installs', () => {
  it.each([
    ['npm ci', 'npm', false],
    ['npm install', 'npm', false],
    ['npm i', 'npm', false],
    ['npm ci --omit=dev', 'npm', true],
    ['npm ci --omit dev', 'npm', true],
    ['npm install --production', 'npm', true],
    ['npm ci --only=production', 'npm', true],
    ['NODE_ENV=production npm ci', 'npm', true],
    ['yarn', 'yarn', false],
    ['yarn install --frozen-lockfile --production', 'yarn', true],
    ['pnpm install --prod', 'pnpm', true],
    ['pnpm i', 'pnpm', false],
    ['go mod download', 'go', true],
    ['pip install -r requirements.txt', 'pip', true],
    ['python3 -m pip install --no-cache-dir -r requirements.txt', 'pip', true],
  ])('%s', (text, manager, productionOnly) => {
    expect(dependencyInstall(command(text))).toEqual({manager, productionOnly});
  });

  it.each(['npm install -g pnpm', 'npm run build', 'yarn build', 'go build .', 'pip install gunicorn', 'apt-get install -y npm'])(
    '%s is no dependency install',
    (text) => {
      expect(dependencyInstall(command(text))).toBeNull();
    },
  );

  it('takes NODE_ENV=production from the variables in force', () => {
    expect(dependencyInstall(command('npm ci'), new Map([['NODE_ENV', 'production']]))?.productionOnly).toBe(true);
  });

  it('leaves no devDependencies in the stage contents after pruning them', () => {
    const devLeft = (prune: string) =>
      analyze(`FROM node:24\nWORKDIR /app\nRUN npm ci\nRUN ${prune}\n`).contents[0]!.entries.some(
        ({item}) => item.category === 'dev-dependencies' && item.removedAt === null,
      );
    expect(devLeft('npm prune --omit=dev')).toBe(false);
    expect(devLeft('npm prune --production')).toBe(false);
    expect(devLeft('npm prune')).toBe(true);
  });
});

describe('CGO settings', () => {
  it.each([
    ['go env -w CGO_ENABLED=0', '0'],
    ['go env -w GOFLAGS=-mod=mod CGO_ENABLED=1', '1'],
    ['export CGO_ENABLED=0', '0'],
    ['go build .', null],
    ['CGO_ENABLED=0', null],
  ])('%s', (text, value) => {
    expect(cgoSetting(command(text))).toBe(value);
  });
});

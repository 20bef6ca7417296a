import {describe, expect, it} from 'vitest';
import type {CommandContext, CommandEffect} from './itemDraft';
import {recogniseDependencyInstall} from './recogniseDependencyInstall';
import {splitShellCommands} from '../contents/shell';

const context: CommandContext = {workdir: '/app', env: new Map(), home: '/root', distro: 'debian', venv: null};
const effects = (command: string, ctx: Partial<CommandContext> = {}) =>
  splitShellCommands(command).flatMap((c) => recogniseDependencyInstall(c, {...context, ...ctx}));
const added = (command: string, ctx: Partial<CommandContext> = {}) =>
  effects(command, ctx).flatMap((effect: CommandEffect) =>
    effect.kind === 'add' ? effect.items.map((item) => [item.category, item.paths.join(','), item.bytes]) : [],
  );

describe('recogniseDependencyInstall: Node.js', () => {
  const full = [
    ['dependencies', '/app/node_modules', 4_500_000],
    ['dev-dependencies', '/app/node_modules', 102_500_000],
    ['cache', '/root/.npm', null],
  ];
  const prod = [full[0], full[2]];

  it('npm ci and npm install bring devDependencies (4.5 MB + 102.5 MB, measured) and fill the npm cache', () => {
    expect(added('npm ci')).toEqual(full);
    expect(added('npm install')).toEqual(full);
    expect(added('npm i --no-audit')).toEqual(full);
  });

  it.each([
    'npm ci --omit=dev',
    'npm ci --omit dev',
    'npm install --production',
    'npm ci --only=production',
    'npm ci --only=prod',
    'NODE_ENV=production npm ci',
  ])('%s installs production dependencies only', (command) => {
    expect(added(command)).toEqual(prod);
  });

  it('NODE_ENV=production set before (ENV or ARG) counts; --include=dev wins over it', () => {
    const env = new Map([['NODE_ENV', 'production']]);
    expect(added('npm ci', {env})).toEqual(prod);
    expect(added('npm ci --include=dev', {env})).toEqual(full);
    expect(added('npm ci', {env: new Map([['NPM_CONFIG_OMIT', 'dev']])})).toEqual(prod);
  });

  it('node_modules lives under the WORKDIR; the cache under the user home', () => {
    expect(added('npm ci --omit=dev', {workdir: '/', home: '/home/node'})).toEqual([
      ['dependencies', '/node_modules', 4_500_000],
      ['cache', '/home/node/.npm', null],
    ]);
  });

  it('yarn and pnpm too', () => {
    expect(added('yarn install --frozen-lockfile').map(([category]) => category)).toEqual(['dependencies', 'dev-dependencies', 'cache']);
    expect(added('yarn --production')).toEqual([full[0], ['cache', '/usr/local/share/.cache/yarn', null]]);
    expect(added('pnpm install --prod').map(([category]) => category)).toEqual(['dependencies', 'cache']);
  });

  it('npm prune --omit=dev and --production remove the devDependencies; npm cache clean the cache', () => {
    expect(effects('npm prune --omit=dev')).toEqual([{kind: 'remove-category', category: 'dev-dependencies', path: '/app/node_modules'}]);
    expect(effects('npm prune --production')).toEqual([{kind: 'remove-category', category: 'dev-dependencies', path: '/app/node_modules'}]);
    expect(effects('npm prune')).toEqual([]);
    expect(effects('npm cache clean --force')).toEqual([{kind: 'remove', path: '/root/.npm'}]);
  });

  it('global installs are tools, not the app dependencies', () => {
    expect(added('npm install -g typescript')).toEqual([
      ['toolchain', '/usr/local/lib/node_modules', null],
      ['cache', '/root/.npm', null],
    ]);
  });

  it('does not take other npm commands for installs', () => {
    expect(effects('npm run build && npm test && npm config set x y')).toEqual([]);
  });
});

describe('recogniseDependencyInstall: Python, Go, Rust, Java', () => {
  it('pip install -r requirements.txt: packages of unknown size, and the pip cache unless --no-cache-dir', () => {
    expect(added('pip install -r requirements.txt')).toEqual([
      ['dependencies', '/usr/local/lib/python3*/site-packages', null],
      ['cache', '/root/.cache/pip', null],
    ]);
    expect(added('pip install --no-cache-dir -r requirements.txt')).toHaveLength(1);
    expect(added('pip install -r requirements.txt', {env: new Map([['PIP_NO_CACHE_DIR', '1']])})).toHaveLength(1);
  });

  it('development requirements are dev-dependencies', () => {
    expect(added('pip install --no-cache-dir -r requirements-dev.txt')[0]![0]).toBe('dev-dependencies');
    expect(added('python -m pip install --no-cache-dir -e .[dev]')[0]![0]).toBe('dev-dependencies');
  });

  it('pip installs into --prefix, --target, --user or a virtual environment', () => {
    expect(added('pip install --no-cache-dir --prefix=/install -r requirements.txt')[0]![1]).toBe('/install/lib/python3*/site-packages');
    expect(added('pip install --no-cache-dir --target ./deps flask')[0]![1]).toBe('/app/deps');
    expect(added('pip install --no-cache-dir --user flask')[0]![1]).toBe('/root/.local/lib/python3*/site-packages');
    expect(added('pip install --no-cache-dir flask', {venv: '/opt/venv'})[0]![1]).toBe('/opt/venv/lib/python3*/site-packages');
    expect(added('/opt/venv/bin/pip install --no-cache-dir flask')[0]![1]).toBe('/opt/venv/lib/python3*/site-packages');
    expect(effects('python3 -m venv /opt/venv')).toEqual([{kind: 'venv', path: '/opt/venv'}]);
  });

  it('go mod download fills the module cache (GOMODCACHE, else $GOPATH/pkg/mod)', () => {
    expect(added('go mod download')).toEqual([['dependencies', '/go/pkg/mod', null]]);
    expect(added('go mod download', {env: new Map([['GOPATH', '/gopath']])})).toEqual([['dependencies', '/gopath/pkg/mod', null]]);
    expect(added('GOMODCACHE=/cache/mod go mod download')).toEqual([['dependencies', '/cache/mod', null]]);
  });

  it('cargo fetch and mvn dependency:go-offline download dependencies', () => {
    expect(added('cargo fetch')).toEqual([['dependencies', '/usr/local/cargo/registry', null]]);
    expect(added('mvn -B dependency:go-offline')).toEqual([['dependencies', '/root/.m2/repository', null]]);
    expect(added('./mvnw dependency:go-offline -Dmaven.repo.local=/m2')).toEqual([['dependencies', '/m2', null]]);
  });
});

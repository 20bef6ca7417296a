import {describe, expect, it} from 'vitest';
import type {CommandContext} from './itemDraft';
import {recogniseSecretFile, recogniseSecretVariable, recogniseSecretWrites} from './recogniseSecret';
import {splitShellCommands} from '../contents/shell';

const context: CommandContext = {workdir: '/app', env: new Map(), home: '/root', distro: 'debian', venv: null};
const written = (command: string) =>
  splitShellCommands(command)
    .flatMap((c) => recogniseSecretWrites(c, context))
    .flatMap((effect) => (effect.kind === 'add' ? effect.items.map((item) => [item.category, item.paths.join(',')]) : []));

describe('recogniseSecret', () => {
  it.each(['NPM_TOKEN', 'DB_PASSWORD', 'API_KEY', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN', 'password', 'AUTH'])('%s looks like a secret', (name) => {
    expect(recogniseSecretVariable(name)).toBe(true);
  });

  it.each(['NODE_ENV', 'KEYBOARD', 'TOKENIZER_PATH', 'PUBLIC_KEY', 'GPG_KEY_PUBLIC', 'MONKEY'])('%s does not', (name) => {
    expect(recogniseSecretVariable(name)).toBe(false);
  });

  it.each([
    ['.env', 'environment'],
    ['config/.env.production', 'environment'],
    ['id_rsa', 'SSH'],
    ['/root/.ssh/id_ed25519', 'SSH'],
    ['.npmrc', 'token'],
    ['server.key', 'private key'],
    ['service-account.json', 'service-account'],
    ['.aws', 'credentials'],
  ])('%s is a secret file (%s)', (path, what) => {
    expect(recogniseSecretFile(path)).toContain(what);
  });

  it.each(['.env.example', 'id_rsa.pub', 'package.json', 'src', 'keys.ts', 'environment.ts'])('%s is not', (path) => {
    expect(recogniseSecretFile(path)).toBeNull();
  });

  it('finds secret files a RUN writes, and credentials in URLs', () => {
    expect(written('echo "//registry.npmjs.org/:_authToken=$T" > .npmrc && npm ci')).toEqual([['secret', '/app/.npmrc']]);
    expect(written('cp /run/secrets/key ~/.ssh/id_rsa')).toEqual([['secret', '/root/.ssh/id_rsa']]);
    expect(written('git clone https://user:s3cret@example.com/repo.git')).toEqual([['secret', '']]);
    expect(written('git clone https://example.com/repo.git && echo hi > out.txt')).toEqual([]);
  });

  it('finds the npmrc that npm config set writes a registry credential to', () => {
    expect(written('npm config set //npm.example.com/:_authToken=$NPM_TOKEN && npm ci')).toEqual([['secret', '/root/.npmrc']]);
    expect(written('npm config set "//npm.example.com/:_authToken" "$NPM_TOKEN"')).toEqual([['secret', '/root/.npmrc']]);
    expect(written('npm config set --location=project //npm.example.com/:_auth=abc')).toEqual([['secret', '/app/.npmrc']]);
    expect(written('npm config set -g //npm.example.com/:_password=abc')).toEqual([['secret', '/usr/local/etc/npmrc']]);
    expect(written('npm config set --userconfig /tmp/npmrc //h/:_authToken=x')).toEqual([['secret', '/tmp/npmrc']]);
    expect(written('npm config set registry https://npm.example.com/ && npm config get //h/:_authToken')).toEqual([]);
  });
});

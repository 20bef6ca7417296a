import {describe, expect, it} from 'vitest';
import {splitShellCommands} from './shell';

const words = (command: string) => splitShellCommands(command).map((c) => c.words.join(' '));

describe('splitShellCommands', () => {
  it('splits on &&, ||, ;, | and newlines', () => {
    expect(words('apt-get update && apt-get install -y curl || true; echo a | tee b\nnpm ci')).toEqual([
      'apt-get update',
      'apt-get install -y curl',
      'true',
      'echo a',
      'tee b',
      'npm ci',
    ]);
  });

  it('keeps quoted operators inside their word and removes the quotes', () => {
    expect(words(`echo "a && b" 'c;d' e\\ f`)).toEqual(['echo a && b c;d e f']);
  });

  it('takes inline assignments and wrappers off the command', () => {
    const [command] = splitShellCommands('NODE_ENV=production CI=1 npm ci --omit=dev');
    expect(command).toEqual({words: ['npm', 'ci', '--omit=dev'], env: {NODE_ENV: 'production', CI: '1'}, writes: []});
    expect(words('sudo -E apt-get install -y git')).toEqual(['apt-get install -y git']);
    expect(splitShellCommands('env GOOS=linux go build -o /app')[0]).toMatchObject({words: ['go', 'build', '-o', '/app'], env: {GOOS: 'linux'}});
    expect(words('if [ -f x ]; then npm ci; fi')).toEqual(['if [ -f x ]', 'npm ci', 'fi']);
  });

  it('records files written by > and >>, not descriptors', () => {
    const [command] = splitShellCommands('echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc 2>/dev/null');
    expect(command!.writes).toEqual(['.npmrc', '/dev/null']);
    expect(command!.words).toEqual(['echo', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}']);
    expect(splitShellCommands('echo x >&2')[0]!.writes).toEqual([]);
    expect(splitShellCommands('cat <<EOF >> ~/.netrc')[0]!.writes).toEqual(['~/.netrc']);
  });

  it('joins escaped newlines and drops comments', () => {
    expect(words('npm ci \\\n  && npm run build # build it\nnpm test')).toEqual(['npm ci', 'npm run build', 'npm test']);
  });

  it('keeps $(…) and backquotes inside their word', () => {
    expect(words('go build -ldflags "-X main.v=$(git describe)" -o /bin/app')).toEqual(['go build -ldflags -X main.v=$(git describe) -o /bin/app']);
    expect(words('echo $(a; b) && npm ci')).toEqual(['echo $(a; b)', 'npm ci']);
  });

  it('reads the script of sh -c', () => {
    expect(words(`sh -c "npm ci && npm run build"`)).toEqual(['npm ci', 'npm run build']);
    expect(words(`/bin/bash -ec 'apk add --no-cache git'`)).toEqual(['apk add --no-cache git']);
  });

  it('survives unbalanced quotes and odd text', () => {
    expect(() => splitShellCommands(`echo "unterminated && npm ci`)).not.toThrow();
    expect(() => splitShellCommands(`'`)).not.toThrow();
    expect(splitShellCommands('')).toEqual([]);
    expect(words('$(((')).toEqual(['$(((']);
  });
});

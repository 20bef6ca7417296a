import {describe, expect, it} from 'vitest';
import type {CommandContext} from './itemDraft';
import {recogniseRemoval} from './recogniseRemoval';
import {splitShellCommands} from '../contents/shell';

const context: CommandContext = {workdir: '/app', env: new Map(), home: '/root', distro: 'debian', venv: null};
const removed = (command: string) => splitShellCommands(command).flatMap((c) => recogniseRemoval(c, context));

describe('recogniseRemoval', () => {
  it('rm removes paths, resolved against the WORKDIR and the home', () => {
    expect(removed('rm -rf /var/lib/apt/lists/*')).toEqual([{kind: 'remove', path: '/var/lib/apt/lists'}]);
    expect(removed('rm -f .npmrc ~/.cache/pip')).toEqual([
      {kind: 'remove', path: '/app/.npmrc'},
      {kind: 'remove', path: '/root/.cache/pip'},
    ]);
    expect(removed('rm -rf -- -odd')).toEqual([{kind: 'remove', path: '/app/-odd'}]);
  });

  it('never the root, nor a path it cannot read', () => {
    expect(removed('rm -rf / /* $TMPDIR/x')).toEqual([]);
    expect(removed('echo rm -rf /app')).toEqual([]);
  });
});

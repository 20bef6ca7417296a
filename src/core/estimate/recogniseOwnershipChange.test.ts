import {describe, expect, it} from 'vitest';
import type {CommandContext} from './itemDraft';
import {recogniseOwnershipChange} from './recogniseOwnershipChange';
import {splitShellCommands} from '../contents/shell';

const context: CommandContext = {workdir: '/app', env: new Map(), home: '/root', distro: 'debian', venv: null};
const effects = (command: string) => splitShellCommands(command).flatMap((c) => recogniseOwnershipChange(c, context));

describe('recogniseOwnershipChange', () => {
  it('chown/chmod, recursive or not, with paths resolved against the WORKDIR', () => {
    expect(effects('chown -R node:node /app')).toEqual([{kind: 'rewrite', path: '/app', tool: 'chown', recursive: true}]);
    expect(effects('chmod --recursive g+w . /data')).toEqual([
      {kind: 'rewrite', path: '/app', tool: 'chmod', recursive: true},
      {kind: 'rewrite', path: '/data', tool: 'chmod', recursive: true},
    ]);
    expect(effects('/bin/chmod +x start.sh')).toEqual([{kind: 'rewrite', path: '/app/start.sh', tool: 'chmod', recursive: false}]);
  });

  it('nothing for other commands or paths it cannot read', () => {
    expect(effects('echo chown -R x /app')).toEqual([]);
    expect(effects('chown -R app $DIR')).toEqual([]);
  });
});

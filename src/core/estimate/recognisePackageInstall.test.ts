import {describe, expect, it} from 'vitest';
import type {CommandContext} from './itemDraft';
import {recognisePackageInstall} from './recognisePackageInstall';
import {splitShellCommands} from '../contents/shell';

const context: CommandContext = {workdir: '/', env: new Map(), home: '/root', distro: 'debian', venv: null};
const effects = (command: string, ctx = context) => splitShellCommands(command).flatMap((c) => recognisePackageInstall(c, ctx));

describe('recognisePackageInstall', () => {
  it('apt-get update leaves the package lists: a cache of 19 MB measured on Debian', () => {
    const [update] = effects('apt-get update');
    expect(update).toMatchObject({kind: 'add', items: [{category: 'cache', bytes: 19_000_000, paths: ['/var/lib/apt/lists']}]});
  });

  it("on Ubuntu the lists' size is unknown", () => {
    expect(effects('apt update', {...context, distro: 'ubuntu'})).toMatchObject([{kind: 'add', items: [{category: 'cache', bytes: null}]}]);
  });

  it('apt-get install adds OS packages of unknown size, named without versions', () => {
    const [install] = effects('apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confold curl=8.5.0-2 ca-certificates');
    expect(install).toMatchObject({kind: 'add', items: [{category: 'os-packages', bytes: null, packages: ['curl', 'ca-certificates'], paths: ['/usr']}]});
    expect(install!.kind === 'add' && install!.items[0]!.label).toBe('OS packages: curl, ca-certificates (apt-get)');
  });

  it('packages that bring a compiler are a toolchain', () => {
    expect(effects('apt-get install -y build-essential curl')).toMatchObject([{kind: 'add', items: [{category: 'toolchain', compiler: true}]}]);
    expect(effects('apk add --no-cache build-base')).toMatchObject([{kind: 'add', items: [{category: 'toolchain', compiler: true}]}]);
  });

  it('apk add --no-cache keeps no index; apk update and apk add --update do', () => {
    expect(effects('apk add --no-cache curl')).toHaveLength(1);
    expect(effects('apk update')).toMatchObject([{kind: 'add', items: [{category: 'cache', paths: ['/var/cache/apk'], bytes: null}]}]);
    expect(effects('apk add --update curl')).toMatchObject([
      {kind: 'add', items: [{category: 'os-packages'}]},
      {kind: 'add', items: [{category: 'cache'}]},
    ]);
    expect(effects('apk --no-cache update')).toEqual([]);
  });

  it('apk add --virtual names a group that apk del removes', () => {
    const [add] = effects('apk add --virtual .build-deps gcc musl-dev');
    expect(add).toMatchObject({kind: 'add', items: [{packages: ['gcc', 'musl-dev', '@virtual:.build-deps']}]});
    expect(effects('apk del .build-deps')).toEqual([{kind: 'remove-packages', names: ['.build-deps']}]);
    expect(effects('apt-get purge -y --auto-remove gcc')).toEqual([{kind: 'remove-packages', names: ['gcc']}]);
  });

  it('ignores other commands', () => {
    expect(effects('apt-cache search curl && apt-get clean && echo apt-get install')).toEqual([]);
  });
});

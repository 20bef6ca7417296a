import {describe, expect, it} from 'vitest';
import type {ContentCategory, ContentItem} from '../types';
import {copyContentsByPath, type CopyRequest, type StageEntry} from './copyContentsByPath';

function entry(id: string, category: ContentCategory, paths: string[], fields: Partial<ContentItem> = {}, file = false): StageEntry {
  return {
    item: {
      id,
      category,
      label: id,
      bytes: 1,
      range: null,
      line: 1,
      paths,
      assumption: '',
      via: 'instruction',
      origin: {stage: 0, line: 1},
      copiedFrom: null,
      partOf: null,
      includedIn: null,
      removedAt: null,
      compiler: false,
      wholeBuildContext: false,
      ...fields,
    },
    file,
    packages: [],
    serial: -1,
  };
}

const build: StageEntry[] = [
  entry('image', 'base-image', ['/'], {bytes: 1000}),
  entry('go', 'toolchain', ['/usr/local/go'], {bytes: 0, includedIn: 'base-image', compiler: true}),
  entry('source', 'source', ['/app']),
  entry('deps', 'dependencies', ['/app/node_modules']),
  entry('dev', 'dev-dependencies', ['/app/node_modules']),
  entry('old-dev', 'dev-dependencies', ['/app/node_modules'], {removedAt: 9}),
  entry('dist', 'build-output', ['/app/dist', '/app/build']),
  entry('binary', 'build-output', ['/bin/server'], {}, true),
];

function copied(sources: string[], destination: string, destinationIsFolder = false) {
  const request: CopyRequest = {sources, destination, destinationIsFolder, stage: 1, line: 7, from: {stage: 0, image: null}};
  return copyContentsByPath(build, request).map(({item}) => [item.id, item.category, item.paths.join(','), item.bytes]);
}

describe('copyContentsByPath', () => {
  it('several files copied to one file name leave only the last (each copy replaces the one before)', () => {
    const files = [entry('a', 'other', ['/out/a.conf'], {}, true), entry('b', 'other', ['/out/b.conf'], {}, true)];
    const request = (destinationIsFolder: boolean): CopyRequest => ({
      sources: ['/out/a.conf', '/out/b.conf'],
      destination: '/etc/app.conf',
      destinationIsFolder,
      stage: 1,
      line: 7,
      from: {stage: 0, image: null},
    });
    expect(copyContentsByPath(files, request(false)).map(({item}) => [item.id, item.paths.join(',')])).toEqual([['b', '/etc/app.conf']]);
    expect(copyContentsByPath(files, request(true)).map(({item}) => [item.id, item.paths.join(',')])).toEqual([
      ['a', '/etc/app.conf/a.conf'],
      ['b', '/etc/app.conf/b.conf'],
    ]);
  });

  it('several folders copied to one name all land there: their contents merge', () => {
    expect(copied(['/app/dist', '/app/node_modules'], '/srv/app').map(([id]) => id)).toEqual(['dist', 'deps', 'dev']);
  });

  it('node_modules brings what that stage installed there (not what it removed)', () => {
    expect(copied(['/app/node_modules'], '/srv/node_modules')).toEqual([
      ['deps', 'dependencies', '/srv/node_modules', 1],
      ['dev', 'dev-dependencies', '/srv/node_modules', 1],
    ]);
  });

  it('dist brings only the build output', () => {
    expect(copied(['/app/dist'], '/srv/dist')).toEqual([['dist', 'build-output', '/srv/dist', 1]]);
  });

  it('the whole /app brings source, node_modules and output, each under the destination', () => {
    expect(copied(['/app'], '/srv')).toEqual([
      ['source', 'source', '/srv', 1],
      ['deps', 'dependencies', '/srv/node_modules', 1],
      ['dev', 'dev-dependencies', '/srv/node_modules', 1],
      ['dist', 'build-output', '/srv/dist,/srv/build', 1],
    ]);
  });

  it('relative sources are relative to the root of the source stage, not its WORKDIR', () => {
    expect(copied(['app/dist'], '/srv/dist')).toEqual([['dist', 'build-output', '/srv/dist', 1]]);
  });

  it('a file copied into a folder keeps its name', () => {
    expect(copied(['/bin/server'], '/usr/local/bin', true)).toEqual([['binary', 'build-output', '/usr/local/bin/server', 1]]);
    expect(copied(['/bin/server'], '/server')).toEqual([['binary', 'build-output', '/server', 1]]);
  });

  it('a path inside an item is a part of it, of unknown size', () => {
    expect(copied(['/app/dist/server.js'], '/srv', true)).toEqual([['1:7:part0', 'build-output', '/srv/server.js', null]]);
    expect(copied(['/etc/ssl/certs'], '/etc/ssl/certs')).toEqual([['1:7:part0', 'other', '/etc/ssl/certs', null]]);
  });

  it('a toolchain copied without its image has no size of its own', () => {
    expect(copied(['/usr/local/go'], '/usr/local/go')).toEqual([['go', 'toolchain', '/usr/local/go', null]]);
    expect(copied(['/'], '/')).toContainEqual(['go', 'toolchain', '/usr/local/go', 0]);
  });
});

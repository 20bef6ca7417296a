import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {copyDestination} from './recogniseContextCopy';

/** What one COPY/ADD from the build context adds, read through the analysis (a WORKDIR first unless it is `/`). */
function items(text: string, workdir = '/app', kind: 'copy' | 'add' = 'copy'): string[][] {
  const lines = ['FROM alpine:3.24', ...(workdir === '/' ? [] : [`WORKDIR ${workdir}`]), `${kind.toUpperCase()} ${text}`];
  const analysis = analyze(lines.join('\n'));
  return analysis.contents[0]!.entries.filter((entry) => entry.item.line === lines.length).map(({item}) => [item.category, item.paths.join(',')]);
}

describe('recogniseContextCopy', () => {
  it('the whole build context is source, wherever it goes', () => {
    expect(items('. .')).toEqual([['source', '/app']]);
    expect(items('./ /usr/src/app/')).toEqual([['source', '/usr/src/app']]);
    expect(items('. /app', '/', 'add')).toEqual([['source', '/app']]);
  });

  it('source folders and code files are source; manifests and config are other', () => {
    expect(items('src ./src')).toEqual([['source', '/app/src']]);
    expect(items('main.go ./')).toEqual([['source', '/app/main.go']]);
    expect(items('package.json package-lock.json ./')).toEqual([['other', '/app/package.json,/app/package-lock.json']]);
    expect(items('go.mod go.sum ./')).toEqual([['other', '/app/go.mod,/app/go.sum']]);
    expect(items('nginx.conf /etc/nginx/conf.d/default.conf')).toEqual([['other', '/etc/nginx/conf.d/default.conf']]);
  });

  it('several files copied to a file name leave the last there; into a folder each keeps its name', () => {
    expect(items('package.json package-lock.json /srv/manifest')).toEqual([['other', '/srv/manifest']]);
    expect(items('package.json package-lock.json /srv/manifest/')).toEqual([['other', '/srv/manifest/package.json,/srv/manifest/package-lock.json']]);
    expect(items('src lib /srv/code')).toEqual([['source', '/srv/code']]);
  });

  it('secret files are secrets, each on its own', () => {
    expect(items('.env ./')).toEqual([['secret', '/app/.env']]);
    expect(items('package.json .npmrc ./')).toEqual([
      ['other', '/app/package.json'],
      ['secret', '/app/.npmrc'],
    ]);
    expect(items('id_rsa /root/.ssh/id_rsa')).toEqual([['secret', '/root/.ssh/id_rsa']]);
  });

  it('ADD of a URL or an archive is other', () => {
    expect(items('https://example.com/tool.tgz /opt/', '/', 'add')).toEqual([['other', '/opt/tool.tgz']]);
    expect(items('vendor.tar.gz /opt/', '/', 'add')).toEqual([['other', '/opt/vendor.tar.gz']]);
  });

  it('where a source lands', () => {
    expect(copyDestination('src', '/app/src', false, false)).toBe('/app/src');
    expect(copyDestination('src', '/app', true, false)).toBe('/app');
    expect(copyDestination('a/server.js', '/app', true, true)).toBe('/app/server.js');
    expect(copyDestination('server.js', '/app/main.js', false, true)).toBe('/app/main.js');
  });
});

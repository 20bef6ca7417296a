import {describe, expect, it} from 'vitest';
import type {CopyInstruction} from '../types';
import {copyDestination, destinationIsFolder, recogniseContextCopy} from './recogniseContextCopy';

const range = {line: 1, column: 1, endLine: 1, endColumn: 1};
function copy(text: string, kind: 'copy' | 'add' = 'copy'): CopyInstruction {
  const words = text.split(' ');
  return {
    kind,
    keyword: kind.toUpperCase(),
    keywordAsWritten: kind.toUpperCase(),
    range,
    text,
    words,
    flags: [],
    onbuild: false,
    sources: words.slice(0, -1),
    destination: words.at(-1) ?? null,
    from: null,
    heredocs: [],
  };
}
const items = (text: string, workdir = '/app', kind: 'copy' | 'add' = 'copy') =>
  recogniseContextCopy(copy(text, kind), workdir).map((item) => [item.category, item.paths.join(',')]);

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
    expect(destinationIsFolder('./', 1)).toBe(true);
    expect(destinationIsFolder('.', 1)).toBe(true);
    expect(destinationIsFolder('/app/app.js', 1)).toBe(false);
    expect(destinationIsFolder('/app', 2)).toBe(true);
    expect(copyDestination('src', '/app/src', false, false)).toBe('/app/src');
    expect(copyDestination('src', '/app', true, false)).toBe('/app');
    expect(copyDestination('a/server.js', '/app', true, true)).toBe('/app/server.js');
    expect(copyDestination('server.js', '/app/main.js', false, true)).toBe('/app/main.js');
  });
});

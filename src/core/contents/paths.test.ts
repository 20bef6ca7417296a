import {describe, expect, it} from 'vitest';
import {globMatches, isInside, relatePaths} from './paths';

describe('relatePaths', () => {
  it('an item at or under the named path is inside, with the rest of its path', () => {
    expect(relatePaths('/app/node_modules', '/app')).toEqual({kind: 'inside', rest: ['node_modules']});
    expect(relatePaths('/app/dist', '/app/dist')).toEqual({kind: 'inside', rest: []});
    expect(relatePaths('/app', '/')).toEqual({kind: 'inside', rest: ['app']});
  });

  it('a named path under the item is a part of it', () => {
    expect(relatePaths('/app/dist', '/app/dist/server.js')).toEqual({kind: 'contains'});
    expect(relatePaths('/', '/usr/bin/curl')).toEqual({kind: 'contains'});
  });

  it('compares whole segments', () => {
    expect(relatePaths('/app/dist-2', '/app/dist')).toEqual({kind: 'none'});
    expect(relatePaths('/application', '/app')).toEqual({kind: 'none'});
  });

  it('matches wildcards segment by segment, on either side', () => {
    expect(relatePaths('/app/target/app.jar', '/app/target/*.jar')).toEqual({kind: 'inside', rest: []});
    expect(relatePaths('/usr/local/lib/python3*/site-packages', '/usr/local/lib/python3.12/site-packages')).toEqual({kind: 'inside', rest: []});
    expect(relatePaths('/src/*', '/src/server')).toEqual({kind: 'inside', rest: []});
    expect(relatePaths('/app/a', '/app/[ab]')).toEqual({kind: 'inside', rest: []});
    expect(relatePaths('/app/c', '/app/[^ab]')).toEqual({kind: 'inside', rest: []});
    // Go's filepath.Match (BuildKit's) negates with ^ only: [!ab] is the class of !, a and b.
    expect(relatePaths('/app/c', '/app/[!ab]')).toEqual({kind: 'none'});
    expect(relatePaths('/app/!', '/app/[!ab]')).toEqual({kind: 'inside', rest: []});
    expect(relatePaths('/app/a/b', '/app/*')).toEqual({kind: 'inside', rest: ['b']});
    expect(relatePaths('/x/y', '/*/z')).toEqual({kind: 'none'});
  });

  it('isInside', () => {
    expect(isInside('/root/.npm', '/root/.npm')).toBe(true);
    expect(isInside('/root/.npm/_cacache', '/root')).toBe(true);
    expect(isInside('/root', '/root/.npm')).toBe(false);
  });
});

describe('globMatches', () => {
  it('never throws on a pattern that is not one (an unterminated class is taken literally)', () => {
    expect(globMatches('/app/x[', '/app/x[')).toBe(true);
    expect(globMatches('/app/x[', '/app/xa')).toBe(false);
  });

  it('matches a leading dot with * and never crosses a /', () => {
    expect(globMatches('/app/*', '/app/.env')).toBe(true);
    expect(globMatches('/app/*', '/app/a/b')).toBe(false);
    expect(globMatches('/app/?.js', '/app/ab.js')).toBe(false);
  });
});

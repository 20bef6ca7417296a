import {describe, expect, it} from 'vitest';
import {isInside, relatePaths} from './relatePaths';

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
    expect(relatePaths('/app/c', '/app/[!ab]')).toEqual({kind: 'inside', rest: []});
    expect(relatePaths('/app/a/b', '/app/*')).toEqual({kind: 'inside', rest: ['b']});
    expect(relatePaths('/x/y', '/*/z')).toEqual({kind: 'none'});
  });

  it('isInside', () => {
    expect(isInside('/root/.npm', '/root/.npm')).toBe(true);
    expect(isInside('/root/.npm/_cacache', '/root')).toBe(true);
    expect(isInside('/root', '/root/.npm')).toBe(false);
  });
});

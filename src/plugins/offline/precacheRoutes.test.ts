import {describe, expect, it} from 'vitest';
import {addPageRoutes} from './precacheRoutes';

describe('addPageRoutes', () => {
  it('adds each page under its route, keeping the files themselves', () => {
    const entry = (url: string) => ({url, revision: 'r', size: 1});
    const {manifest} = addPageRoutes([entry('index.html'), entry('tutorial/target.html'), entry('404.html'), entry('assets/js/main.js')]);
    expect(manifest.map((item) => item.url)).toEqual(['index.html', 'tutorial/target.html', '404.html', 'assets/js/main.js', 'tutorial/target']);
  });
});

import {describe, expect, it} from 'vitest';
import {createPrefetchOnce} from './prefetchOnce';

function setUp(fetchedByPage: string[] = []) {
  const fetched: string[] = [];
  const prefetch = createPrefetchOnce({
    alreadyFetched: (url) => fetchedByPage.includes(url),
    fetchFile: (url) => {
      fetched.push(url);
      return Promise.resolve();
    },
  });
  return {prefetch, fetched};
}

describe('prefetching a file once', () => {
  it('fetches a file the first time it is asked for, and never again', async () => {
    const {prefetch, fetched} = setUp();
    await prefetch('/assets/js/layout.js');
    await prefetch('/assets/js/target.js');
    await prefetch('/assets/js/layout.js');
    expect(fetched).toEqual(['/assets/js/layout.js', '/assets/js/target.js']);
  });

  it('does not fetch a file the page has fetched already', async () => {
    const {prefetch, fetched} = setUp(['/assets/js/page.js']);
    await prefetch('/assets/js/page.js');
    await prefetch('/assets/js/next.js');
    expect(fetched).toEqual(['/assets/js/next.js']);
  });
});

import {describe, expect, it} from 'vitest';
import {matchRoutes, type RouteConfig} from 'react-router-config';
import {createChunkPrefetcher} from './chunkPrefetch';

/** A docs site as Docusaurus generates it: a layout route, a docs root, and pages under it. */
const routes: RouteConfig[] = [
  {
    path: '/tutorial',
    routes: [
      {
        path: '/tutorial',
        exact: false,
        routes: [
          {path: '/tutorial/intro', exact: true},
          {path: '/tutorial/target', exact: true},
          {path: '/tutorial/cache', exact: true},
        ],
      },
    ],
  },
];
const routesChunkNames = {
  '/tutorial-5e9': {__comp: 'layout', __props: 'layoutProps'},
  '/tutorial-a7b': {__comp: 'docsRoot', sidebar: {nested: 'sidebarData'}},
  '/tutorial/intro-1df': {__comp: 'docPage', content: 'introContent'},
  '/tutorial/target-d15': {__comp: 'docPage', content: 'targetContent'},
  '/tutorial/cache-0aa': {__comp: 'docPage', content: 'cacheContent', merged: 'mergedAway'},
};

function setUp() {
  const fetched: string[] = [];
  const prefetcher = createChunkPrefetcher({
    routesChunkNames,
    matchRoutes: (routePath) => matchRoutes(routes, routePath),
    chunkUrl: (name) => (name === 'mergedAway' ? undefined : `/assets/js/${name}.js`),
    prefetchUrl: (url) => fetched.push(url),
  });
  return {prefetcher, fetched};
}

describe('prefetching a page’s files once', () => {
  it('fetches every file of the routes a page goes through, as Docusaurus finds them', () => {
    const {prefetcher, fetched} = setUp();
    prefetcher.prefetch('/tutorial/target');
    expect(fetched).toEqual(['layout', 'layoutProps', 'docsRoot', 'sidebarData', 'docPage', 'targetContent'].map((name) => `/assets/js/${name}.js`));
  });

  it('asks for a file shared with a page prefetched before only once', () => {
    const {prefetcher, fetched} = setUp();
    prefetcher.prefetch('/tutorial/target');
    fetched.length = 0;
    prefetcher.prefetch('/tutorial/cache');
    expect(fetched).toEqual(['/assets/js/cacheContent.js']);
    prefetcher.prefetch('/tutorial/cache');
    expect(fetched).toEqual(['/assets/js/cacheContent.js']);
  });

  it('fetches none of the files of the page the reader is on', () => {
    const {prefetcher, fetched} = setUp();
    prefetcher.markLoaded('/tutorial/intro');
    prefetcher.prefetch('/tutorial/target');
    expect(fetched).toEqual(['/assets/js/targetContent.js']);
  });

  it('skips a chunk the bundler merged into another one, and a path no route matches', () => {
    const {prefetcher, fetched} = setUp();
    prefetcher.markLoaded('/tutorial/intro');
    prefetcher.prefetch('/nowhere');
    prefetcher.prefetch('/tutorial/cache');
    expect(fetched).toEqual(['/assets/js/cacheContent.js']);
  });
});

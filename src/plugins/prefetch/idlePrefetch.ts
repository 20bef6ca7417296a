import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import routes from '@generated/routes';
import routesChunkNames from '@generated/routesChunkNames';
import prefetchFile from '@docusaurus/core/lib/client/prefetch';
import {matchRoutes} from 'react-router-config';
import {createChunkPrefetcher, type ChunkPrefetcher} from './chunkPrefetch';
import {createIdleQueue, type ScheduleIdle} from './idleQueue';

/**
 * Docusaurus prefetches the page behind every link that scrolls into view, at once: on a chapter that is the
 * whole sidebar, in the seconds after load, each one matching the route table and adding <link rel=prefetch>
 * tags, mostly for files the page already has or another link already asked for (a quarter of the page's
 * main-thread work after load on a throttled phone profile, and requests that compete with the page's own). The
 * same pages are prefetched here in the browser's idle periods, each file once (chunkPrefetch), so they no longer
 * block a reader's first taps and scrolls. Hovering a link still loads its page at once (Docusaurus's preload).
 */
type DocusaurusGlobal = {prefetch: (routePath: string) => unknown; preload: (routePath: string) => unknown};
type WithDocusaurus = {docusaurus?: DocusaurusGlobal};
type NetworkInformationLike = {effectiveType?: string; saveData?: boolean};

// Docusaurus's bundler plugin adds this runtime function: a chunk name's file address (see its ChunkAssetPlugin).
declare const __webpack_require__: {gca?: (chunkName: string) => string};

const scheduleIdle: ScheduleIdle = (callback) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, {timeout: 3000});
  else setTimeout(() => callback({didTimeout: true, timeRemaining: () => 0}), 200);
};

/** Docusaurus's rule: no prefetching on a 2G or data-saving connection. */
function isSlowConnection(): boolean {
  const connection = (navigator as Navigator & {connection?: NetworkInformationLike}).connection;
  return Boolean(connection?.effectiveType?.includes('2g') || connection?.saveData);
}

let prefetcher: ChunkPrefetcher | null = null;

function deferPrefetches(docusaurus: DocusaurusGlobal): ChunkPrefetcher {
  const files = createChunkPrefetcher({
    routesChunkNames,
    matchRoutes: (routePath) => matchRoutes(routes, routePath),
    chunkUrl: (chunkName) => __webpack_require__.gca?.(chunkName),
    prefetchUrl: (url) => void prefetchFile(url),
  });
  const enqueue = createIdleQueue((routePath) => files.prefetch(routePath), scheduleIdle);
  // Docusaurus's object is frozen, so a copy with a deferring prefetch takes its place (links read it at each call).
  (window as unknown as WithDocusaurus).docusaurus = {
    ...docusaurus,
    prefetch: (routePath: string) => {
      if (isSlowConnection()) return false;
      enqueue(routePath);
      return true;
    },
  };
  return files;
}

/**
 * Runs in each page's first render's layout phase, after Docusaurus has set window.docusaurus and before links
 * are observed: the page's own files count as fetched.
 */
export function onRouteDidUpdate({location}: {location: {pathname: string}}): void {
  if (!ExecutionEnvironment.canUseDOM) return;
  const docusaurus = (window as unknown as WithDocusaurus).docusaurus;
  if (prefetcher === null) {
    if (!docusaurus || typeof docusaurus.prefetch !== 'function') return;
    prefetcher = deferPrefetches(docusaurus);
  }
  prefetcher.markLoaded(location.pathname);
}

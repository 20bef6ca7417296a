import routes from '@generated/routes';
import routesChunkNames from '@generated/routesChunkNames';
import prefetchFile from '@docusaurus/core/lib/client/prefetch';
import {matchRoutes} from 'react-router-config';
import {createChunkPrefetcher} from './chunkPrefetch';
import {createIdleQueue, type ScheduleIdle} from './idleQueue';

// Docusaurus's bundler plugin adds this runtime function: a chunk name's file address (see its ChunkAssetPlugin).
declare const __webpack_require__: {gca?: (chunkName: string) => string};

type NetworkInformationLike = {effectiveType?: string; saveData?: boolean};

export interface PrefetchRuntime {
  prefetch(routePath: string): void;
  markLoaded(routePath: string): void;
}

/** Docusaurus's rule: no prefetching on a 2G or data-saving connection. */
function isSlowConnection(): boolean {
  const connection = (navigator as Navigator & {connection?: NetworkInformationLike}).connection;
  return Boolean(connection?.effectiveType?.includes('2g') || connection?.saveData);
}

/** The pages' files prefetched in idle periods, each once (loaded when the page is first idle: see idlePrefetch). */
export function createPrefetchRuntime(scheduleIdle: ScheduleIdle): PrefetchRuntime {
  const files = createChunkPrefetcher({
    routesChunkNames,
    matchRoutes: (routePath) => matchRoutes(routes, routePath),
    chunkUrl: (chunkName) => __webpack_require__.gca?.(chunkName),
    prefetchUrl: (url) => void prefetchFile(url),
  });
  const enqueue = createIdleQueue((routePath) => files.prefetch(routePath), scheduleIdle);
  return {
    prefetch: (routePath) => {
      if (!isSlowConnection()) enqueue(routePath);
    },
    markLoaded: (routePath) => files.markLoaded(routePath),
  };
}

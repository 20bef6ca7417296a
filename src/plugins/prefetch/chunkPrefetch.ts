import flat from '@docusaurus/core/lib/client/flat';
import type {ChunkNames, RouteChunkNames} from '@docusaurus/types';

/** A route of the site's route table, as far as prefetching reads it. */
export interface PrefetchRoute {
  path?: string | string[];
  routes?: PrefetchRoute[];
}

export interface ChunkPrefetchOptions {
  /** Docusaurus's generated chunk names of every route (`@generated/routesChunkNames`). */
  routesChunkNames: RouteChunkNames;
  /** The routes a path goes through, outermost first (react-router-config's matchRoutes over the route table). */
  matchRoutes: (routePath: string) => ReadonlyArray<{route: PrefetchRoute}>;
  /** A chunk name's file address, or nothing when the bundler merged the chunk into another one. */
  chunkUrl: (chunkName: string) => string | undefined;
  /** Fetches one file into the browser's cache. */
  prefetchUrl: (url: string) => void;
}

export interface ChunkPrefetcher {
  /** Prefetches the files of the page at `routePath` that are neither on this page nor prefetched already. */
  prefetch(routePath: string): void;
  /** Records the files of a page the reader has opened, so that no other page prefetches them again. */
  markLoaded(routePath: string): void;
}

/** Every leaf of Docusaurus's nested chunk-name tree, read with Docusaurus's own `flat`. */
function chunkNamesOf(tree: ChunkNames): string[] {
  return Object.values(flat(tree));
}

/** The route key without its hash: `/tutorial/target-a1b` is the route `/tutorial/target`. */
function routePathOfKey(key: string): string {
  return key.replace(/-[^-]+$/, '');
}

function indexByRoutePath(routesChunkNames: RouteChunkNames): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [key, tree] of Object.entries(routesChunkNames)) {
    const path = routePathOfKey(key);
    index.set(path, [...(index.get(path) ?? []), ...chunkNamesOf(tree)]);
  }
  return index;
}

/**
 * The files Docusaurus's own prefetch fetches for a page, found the same way (the routes the path matches, their
 * generated chunk names, each chunk's file), fetched once per visit. Docusaurus's prefetch repeats, for every link,
 * the files all pages share (the docs layout, the sidebar, the page's own code): on a chapter, 352 <link
 * rel=prefetch> tags for 24 distinct files, each with its own load event, and a scan of the whole route table for
 * each matched route. Here the table is indexed once and each file is asked for once.
 */
export function createChunkPrefetcher(options: ChunkPrefetchOptions): ChunkPrefetcher {
  let index: Map<string, string[]> | null = null;
  const requested = new Set<string>();
  const urlsOf = (routePath: string): string[] => {
    index ??= indexByRoutePath(options.routesChunkNames);
    const names = options.matchRoutes(routePath).flatMap(({route}) => (typeof route.path === 'string' ? (index!.get(route.path) ?? []) : []));
    return names.map(options.chunkUrl).filter((url): url is string => url !== undefined && !url.includes('undefined'));
  };
  return {
    prefetch(routePath) {
      for (const url of urlsOf(routePath)) {
        if (requested.has(url)) continue;
        requested.add(url);
        options.prefetchUrl(url);
      }
    },
    markLoaded(routePath) {
      for (const url of urlsOf(routePath)) requested.add(url);
    },
  };
}

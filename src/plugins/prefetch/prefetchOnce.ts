/**
 * Docusaurus's helper that prefetches one file (`@docusaurus/core/lib/client/prefetch.js`), put in its place by
 * src/plugins/bundling.ts, with one difference: a file is asked for once, and not at all when the page has already
 * fetched it. Docusaurus's prefetch of a page asks for every file the page's routes need, so every link repeated the
 * files all docs pages share (the layout, the sidebar) and the page's own: on a chapter, 352 <link rel=prefetch>
 * for 24 distinct files, each with its own element and load event.
 */
export interface PrefetchOnceOptions {
  /** Whether the page has already fetched this address (a script, a preload, an earlier prefetch). */
  alreadyFetched: (url: string) => boolean;
  /** Fetches one file into the browser's cache, as Docusaurus's helper does. */
  fetchFile: (url: string) => Promise<void>;
}

export function createPrefetchOnce({alreadyFetched, fetchFile}: PrefetchOnceOptions): (url: string) => Promise<void> {
  const requested = new Set<string>();
  return (url) => {
    if (requested.has(url) || alreadyFetched(url)) return Promise.resolve();
    requested.add(url);
    return fetchFile(url);
  };
}

/**
 * A <link rel=prefetch> in the head, as Docusaurus adds it, or a plain request where the browser has no such links
 * (Docusaurus uses one then too); a failed prefetch is only a lost head start.
 */
let linksCanPrefetch: boolean | undefined;

function linkPrefetch(url: string): Promise<void> {
  // Asked once, on the first prefetch (this module also runs on the server, where there is no document).
  linksCanPrefetch ??= document.createElement('link').relList.supports('prefetch');
  if (!linksCanPrefetch) {
    return fetch(url, {credentials: 'include'}).then(
      () => undefined,
      () => undefined,
    );
  }
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = url;
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.appendChild(link);
  });
}

function fetchedByThePage(url: string): boolean {
  return performance.getEntriesByName(new URL(url, window.location.href).href).length > 0;
}

const prefetchOnce = createPrefetchOnce({alreadyFetched: fetchedByThePage, fetchFile: linkPrefetch});

export default function prefetch(url: string): Promise<void> {
  return prefetchOnce(url);
}

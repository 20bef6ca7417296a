/** One entry of Workbox's precache manifest. */
interface ManifestEntry {
  url: string;
  revision: string | null;
  size: number;
}

/**
 * With `trailingSlash: false` a page `/tutorial/target` is built as `tutorial/target.html`, but the PWA
 * plugin's service worker looks a request up only as itself and as `…/index.html`. Precaching each page
 * under its route too (fetched from the same server, same revision) lets an offline visit find it.
 */
export function addPageRoutes(entries: ManifestEntry[]): {manifest: ManifestEntry[]; warnings: string[]} {
  const routes = entries
    .filter((entry) => entry.url.endsWith('.html') && !entry.url.endsWith('index.html') && entry.url !== '404.html')
    .map((entry) => ({...entry, url: entry.url.slice(0, -'.html'.length)}));
  return {manifest: [...entries, ...routes], warnings: []};
}

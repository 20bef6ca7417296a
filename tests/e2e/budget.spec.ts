import {gzipSync} from 'node:zlib';
import type {Page, Request} from '@playwright/test';
import {expect, test} from './fixtures';

/** Strings found only inside mermaid's core, Monaco's editor core and our analysis (a refusal it words). */
const libraryMarkers = {mermaid: 'mermaidAPI', monaco: 'MonacoEnvironment', analysis: 'a Dockerfile needs at least FROM'};
const scriptBudgetBytes = 200 * 1024;
const prefetchBudgetBytes = 150 * 1024;

interface LoadedScript {
  url: string;
  /** `script` when the page runs it; `other` for idle prefetches of other routes' chunks. */
  resourceType: string;
  text: string;
  gzipBytes: number;
}

/** Loads a page, hovers the sidebar and scrolls like a reader would, and returns every JS file fetched. */
async function loadScripts(page: Page, route: string): Promise<LoadedScript[]> {
  const seen = new Map<string, string>();
  const collect = (request: Request): void => {
    if (new URL(request.url()).pathname.endsWith('.js') && !seen.has(request.url())) seen.set(request.url(), request.resourceType());
  };
  page.on('request', collect);
  await page.goto(route);
  await page.waitForLoadState('networkidle');
  const sidebarLinks = page.locator('nav.menu a.menu__link');
  const count = Math.min(await sidebarLinks.count(), 20);
  for (let i = 0; i < count; i++) await sidebarLinks.nth(i).hover();
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState('networkidle');
  // Under load the observer's prefetches can start after the network looked idle: wait until every one asked for has arrived.
  await expect.poll(() => page.evaluate(unfinishedPrefetches)).toBe(0);
  page.off('request', collect);
  // Bodies are fetched again from the local server: prefetched responses do not keep theirs.
  return Promise.all(
    [...seen].map(async ([url, resourceType]) => {
      const body = await (await page.request.get(url)).body();
      return {url, resourceType, text: body.toString('utf8'), gzipBytes: gzipSync(body).length};
    }),
  );
}

/** Prefetch links Docusaurus added whose file has not finished loading (runs in the page). */
function unfinishedPrefetches(): number {
  const done = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
  return [...document.querySelectorAll<HTMLLinkElement>('link[rel=prefetch]')].filter((link) => !done.has(link.href)).length;
}

const sum = (scripts: LoadedScript[]) => scripts.reduce((total, script) => total + script.gzipBytes, 0);

for (const route of ['/', '/tutorial/cheat-sheet', '/exercises']) {
  test(`${route} loads no Monaco and no mermaid code, not even as a prefetch`, async ({page}) => {
    const scripts = await loadScripts(page, route);
    for (const [library, marker] of Object.entries(libraryMarkers)) {
      const offending = scripts.filter((script) => script.text.includes(marker)).map((script) => script.url);
      expect(offending, `${library} code fetched on ${route}`).toEqual([]);
    }
  });
}

test('a plain docs page runs at most 200 KB of gzipped JavaScript, and prefetches at most 150 KB more', async ({page}) => {
  const scripts = await loadScripts(page, '/tutorial/cheat-sheet');
  const run = sum(scripts.filter((s) => s.resourceType === 'script'));
  const prefetched = sum(scripts.filter((s) => s.resourceType !== 'script'));
  const summary = `runs ${(run / 1024).toFixed(1)} KB gzip; prefetches ${(prefetched / 1024).toFixed(1)} KB gzip of other routes' chunks`;
  test.info().annotations.push({type: 'docs-page-js', description: summary});
  console.log(`docs page JS: ${summary}`);
  expect(run).toBeLessThanOrEqual(scriptBudgetBytes);
  expect(prefetched).toBeLessThanOrEqual(prefetchBudgetBytes);
});

import {gzipSync} from 'node:zlib';
import type {Page, Response} from '@playwright/test';
import {expect, test} from './fixtures';

/** Strings found only inside mermaid's core and Monaco's editor core. */
const libraryMarkers = {mermaid: 'mermaidAPI', monaco: 'MonacoEnvironment'};
const docsPageBudgetBytes = 200 * 1024;

interface LoadedScripts {
  gzipBytes: number;
  files: {url: string; text: string}[];
}

/** Loads a page, hovers and scrolls like a reader would, and returns every JS file it fetched. */
async function loadScripts(page: Page, route: string): Promise<LoadedScripts> {
  const urls = new Set<string>();
  const collect = (response: Response): void => {
    if (new URL(response.url()).pathname.endsWith('.js')) urls.add(response.url());
  };
  page.on('response', collect);
  await page.goto(route);
  await page.waitForLoadState('networkidle');
  const sidebarLinks = page.locator('nav.menu a.menu__link');
  const count = Math.min(await sidebarLinks.count(), 20);
  for (let i = 0; i < count; i++) await sidebarLinks.nth(i).hover();
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState('networkidle');
  page.off('response', collect);
  // Bodies are fetched again from the local server: prefetched responses do not keep theirs.
  const files = await Promise.all(
    [...urls].map(async (url) => ({url, text: await (await page.request.get(url)).text()})),
  );
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(file.text).length, 0);
  return {gzipBytes, files};
}

for (const route of ['/', '/tutorial/naming-stages']) {
  test(`${route} loads no Monaco and no mermaid code`, async ({page}) => {
    const {files} = await loadScripts(page, route);
    for (const [library, marker] of Object.entries(libraryMarkers)) {
      const offending = files.filter((file) => file.text.includes(marker)).map((file) => file.url);
      expect(offending, `${library} code loaded on ${route}`).toEqual([]);
    }
  });
}

test('a plain docs page loads at most 200 KB of gzipped JavaScript', async ({page}) => {
  const {gzipBytes, files} = await loadScripts(page, '/tutorial/naming-stages');
  test.info().annotations.push({type: 'js-gzip-bytes', description: `${gzipBytes} bytes in ${files.length} files`});
  console.log(`docs page JS: ${(gzipBytes / 1024).toFixed(1)} KB gzip in ${files.length} files`);
  expect(gzipBytes).toBeLessThanOrEqual(docsPageBudgetBytes);
});

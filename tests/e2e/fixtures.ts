import AxeBuilder from '@axe-core/playwright';
import {test as base, expect, type Page} from '@playwright/test';

export interface PageGuard {
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * Every test gets a guard that records console errors, uncaught page errors and any request to a host
 * other than the local server; the fixture fails the test if any were seen.
 */
export const test = base.extend<{guard: PageGuard}>({
  guard: [
    async ({page, baseURL}, use) => {
      const guard: PageGuard = {consoleErrors: [], foreignRequests: []};
      const localOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') guard.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => guard.consoleErrors.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== localOrigin) guard.foreignRequests.push(url);
      });
      await use(guard);
      expect(guard.consoleErrors, 'console errors').toEqual([]);
      expect(guard.foreignRequests, 'requests to other hosts').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};

export {sitemapPaths} from './sitemap';

/** The site follows the system colour scheme until the reader picks one, so emulate the system's. */
export async function setColorMode(page: Page, mode: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({colorScheme: mode});
}

/** axe's serious and critical violations on the page (or only within `include`), one line each (an empty list is a pass). */
export async function seriousAxeViolations(page: Page, include: string[] = []): Promise<string[]> {
  const builder = new AxeBuilder({page});
  for (const selector of include) builder.include(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

import {expect, seriousAxeViolations, setColorMode, sitemapPaths, test} from './fixtures';
import {firstSearchSuggestion} from './pages/search';

// One page visits every route in turn (a step each): the browser's cache then serves the site's shared
// scripts after the first visit, which keeps this sweep cheap. Tutorial pages are also drawn in tutorial.spec.
test('every route in the sitemap outside the tutorial loads with a heading', async ({page}) => {
  test.setTimeout(300_000);
  for (const route of sitemapPaths().filter((path) => !path.startsWith('/tutorial/'))) {
    await test.step(route, async () => {
      const response = await page.goto(route);
      expect(response?.status(), route).toBe(200);
      await expect(page.locator('h1').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
    });
  }
});

test.describe('accessibility', () => {
  for (const mode of ['light', 'dark'] as const) {
    for (const route of ['/', '/tutorial/why-multi-stage-builds', '/exercises', '/reference/diagnostics']) {
      test(`${route} in ${mode} mode has no serious or critical axe violations`, async ({page}) => {
        await setColorMode(page, mode);
        await page.goto(route);
        await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
        expect(await seriousAxeViolations(page)).toEqual([]);
      });
    }
  }
});

test('the landing page fits a 375 px wide phone without horizontal scrolling', async ({page}) => {
  await page.setViewportSize({width: 375, height: 740});
  await page.goto('/');
  const {scrollWidth, clientWidth} = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

test('the landing page links to the tutorial, the playground and the exercises', async ({page}) => {
  await page.goto('/');
  const main = page.locator('main');
  await expect(main.getByRole('link', {name: /tutorial/i}).first()).toHaveAttribute('href', /\/tutorial\//);
  await expect(main.getByRole('link', {name: /playground/i}).first()).toHaveAttribute('href', '/playground');
  await expect(main.getByRole('link', {name: /exercises/i}).first()).toHaveAttribute('href', '/exercises');
});

test('offline search finds a tutorial page by a word in it', async ({page}) => {
  await page.goto('/tutorial/why-multi-stage-builds');
  const suggestion = await firstSearchSuggestion(page, 'distroless');
  // The search index loads on first use; on a busy machine that takes longer than an expect's default.
  await expect(suggestion).toBeVisible({timeout: 20_000});
  await suggestion.click();
  await expect(page).toHaveURL(/\/tutorial\//);
});

test('the search bar arrives on first use and keeps what was typed while it loaded', async ({page}) => {
  await page.goto('/tutorial/cheat-sheet');
  await page.waitForLoadState('networkidle');
  const standIn = page.locator('[data-search-stand-in]');
  await expect(standIn, 'a reading page does not load the search bar').toHaveCount(1);
  // Scripts requested from now on wait until the first letters are typed: the search bar is still on its way.
  let release: () => void = () => undefined;
  const typed = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.js', async (route) => {
    await typed;
    await route.continue();
  });
  await page.keyboard.press('Control+k');
  await expect(standIn).toBeFocused();
  await page.keyboard.type('distro');
  await expect(standIn).toHaveCount(1);
  release();
  await expect(standIn).toHaveCount(0);
  const search = page
    .getByRole('combobox', {name: 'Search'})
    .or(page.getByRole('textbox', {name: 'Search'}))
    .first();
  await expect(search).toBeFocused();
  await page.keyboard.type('less');
  await expect(search).toHaveValue('distroless');
  await expect(page.locator('.aa-suggestion, [role="option"]').first()).toBeVisible({timeout: 20_000});
});

test('the colour mode toggle switches to dark mode and the choice survives a reload', async ({page}) => {
  await setColorMode(page, 'light');
  await page.goto('/tutorial/why-multi-stage-builds');
  const html = page.locator('html');
  const toggle = page.getByRole('button', {name: /switch between dark and light mode/i});
  for (let clicks = 0; clicks < 3 && (await html.getAttribute('data-theme')) !== 'dark'; clicks++) {
    await toggle.click();
  }
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test("a link to an entry of the former single diagnostics page lands on that entry's page", async ({page}) => {
  await page.goto('/reference/diagnostics#dl3022');
  await expect(page).toHaveURL(/\/reference\/diagnostics\/stage-names-and-references#dl3022$/);
  await expect(page.locator('h2#dl3022')).toBeInViewport();
  await page.goto('/reference/diagnostics#build-check-parity');
  await expect(page).toHaveURL(/\/reference\/diagnostics\/build-checks#build-check-parity$/);
  await expect(page.locator('h2#build-check-parity')).toBeInViewport();
  await page.goto('/reference/diagnostics#severities-and-origins');
  await expect(page).toHaveURL(/\/reference\/diagnostics#severities-and-origins$/);
});

test('pages behind the visible links are still prefetched, in idle time after load', async ({page}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/tutorial/cheat-sheet');
  await expect.poll(() => page.locator('link[rel="prefetch"]').count(), {timeout: 20_000}).toBeGreaterThan(0);
  const prefetched = await page.locator('link[rel="prefetch"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  const ranScripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
      .map((entry) => entry.name),
  );
  // Each file once, and none the page itself has already run (Docusaurus's own prefetch repeated both).
  expect(new Set(prefetched).size).toBe(prefetched.length);
  expect(prefetched.filter((href) => ranScripts.includes(href))).toEqual([]);
  expect(prefetched.every((href) => /\/assets\/js\/[\w~.-]+\.js$/.test(href))).toBe(true);
  expect(errors).toEqual([]);
});

import type {Page} from '@playwright/test';
import {expect, sitemapPaths, test} from './fixtures';
import {ChapterPage} from './pages/chapter';

const tutorialRoutes = sitemapPaths().filter((route) => route.startsWith('/tutorial/'));
const exerciseRoutes = sitemapPaths().filter((route) => route.startsWith('/exercises'));
const chaptersWithDiagrams = ['/tutorial/first-multi-stage-build', '/tutorial/building-on-a-stage', '/tutorial/target'];

// Two halves, each one page visiting its routes in turn (a step each), so the two workers share the sweep and
// the browser's cache serves the shared scripts after the first visit.
const halves = [tutorialRoutes.filter((_, i) => i % 2 === 0), tutorialRoutes.filter((_, i) => i % 2 === 1)];
halves.forEach((routes, half) => {
  test(`every tutorial page renders its editors and diagrams (part ${half + 1} of 2)`, async ({page}) => {
    test.setTimeout(400_000);
    for (const route of routes) await test.step(route, () => renderEverything(page, route));
  });
});

async function renderEverything(page: Page, route: string): Promise<void> {
  const chapter = new ChapterPage(page);
  const response = await page.goto(route);
  expect(response?.status(), route).toBe(200);
  await expect(page.locator('h1').first()).toBeVisible();
  const labs = await chapter.labContainers.count();
  for (let i = 0; i < labs; i++) {
    const lab = await chapter.drawLab(i);
    expect(Number(await lab.graph.getAttribute('data-stage-count'))).toBeGreaterThan(0);
  }
  const diagrams = await chapter.diagrams.count();
  if (chaptersWithDiagrams.includes(route)) expect(diagrams, 'this chapter has a diagram').toBeGreaterThan(0);
  for (let i = 0; i < diagrams; i++) await chapter.drawDiagram(i);
  await page.waitForLoadState('networkidle');
}

test('every chapter, recipe and exercise is reachable from a sidebar', async ({page}) => {
  const linked = new Set<string>();
  for (const start of ['/tutorial/why-multi-stage-builds', '/exercises']) {
    await page.goto(start);
    const sidebar = page.locator('nav.menu');
    for (const expand of await sidebar.getByRole('button', {name: /expand sidebar category/i}).all()) await expand.click();
    for (const href of await sidebar.locator('a.menu__link[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      linked.add(href);
    }
  }
  const missing = [...tutorialRoutes, ...exerciseRoutes].filter((route) => !linked.has(route));
  expect(missing).toEqual([]);
});

test('each chapter ends by pointing to an exercise and the next page', async ({page}) => {
  const chapter = new ChapterPage(page);
  for (const route of tutorialRoutes.filter((r) => r !== '/tutorial/recipes')) {
    await chapter.goto(route);
    const article = page.locator('article');
    await expect(article.locator('a[href^="/exercises/"]').first(), `${route} links an exercise`).toBeAttached();
    if (route !== '/tutorial/cheat-sheet') {
      await expect(page.locator('a.pagination-nav__link--next'), `${route} links the next page`).toBeAttached();
    }
  }
});

test('the recipes page shows each recipe with its description once the page is live', async ({page}) => {
  await page.goto('/tutorial/recipes');
  await page.waitForLoadState('networkidle');
  const cards = page.locator('article a.card');
  expect(await cards.count()).toBeGreaterThanOrEqual(6);
  // The sidebar data keeps only the descriptions a card list shows (src/plugins/cardDescriptionsLoader.cjs).
  for (const card of await cards.all()) await expect(card.locator('p')).toHaveText(/\w{4,}.*\w{4,}/);
});

/**
 * The lab's layouts, measured from DOM positions: compact in chapters and on phones (the code close under
 * the lab's top, the rest behind "More"), the playground's three panels in view on a desktop screen, and
 * exercise feedback that leads with the failure to fix first.
 */
import type {Locator, Page} from '@playwright/test';
import {expect, seriousAxeViolations, setColorMode, test} from './fixtures';

const phone = {width: 375, height: 900};
const desktop = {width: 1440, height: 900};

/**
 * The page's first lab, pinned by its name: labs replace their skeletons in any order, so "the first live
 * lab" can be the second one on the page until the first has loaded.
 */
async function labOf(page: Page): Promise<Locator> {
  const name = await page.locator('section[aria-label]:has([data-testid="dockerfile-editor"])').first().getAttribute('aria-label');
  return page
    .locator('section[data-layout]')
    .filter({has: page.getByTestId('dockerfile-editor')})
    .and(page.getByRole('region', {name: name!, exact: true}));
}

async function openLab(page: Page, route: string): Promise<Locator> {
  await page.goto(route);
  // The skeleton is replaced when the lab loads, so scroll by script rather than through a locator that may detach.
  await page.evaluate(() => document.querySelector('[data-testid="dockerfile-editor"]')?.scrollIntoView({block: 'center'}));
  const lab = await labOf(page);
  await expect(lab.getByTestId('target-select')).toBeVisible({timeout: 20_000});
  return lab;
}

/** Top of the first line of code (the static block's, or Monaco's once it is live), from the top of the lab. */
async function firstCodeLineOffset(lab: Locator): Promise<number> {
  return lab.evaluate((section) => {
    const editor = section.querySelector('[data-testid="dockerfile-editor"]')!;
    const lines = [...editor.querySelectorAll('.view-line, pre > div')].map((line) => line.getBoundingClientRect().top);
    return Math.min(...lines) - section.getBoundingClientRect().top;
  });
}

async function box(locator: Locator): Promise<{x: number; y: number; width: number; height: number}> {
  const found = await locator.boundingBox();
  expect(found, 'element has a box').not.toBeNull();
  return found!;
}

const routes = {chapter: '/tutorial/naming-stages', playground: '/playground', exercise: '/exercises/node-multi-stage'};

test.describe('on a 375 px phone', () => {
  test.use({viewport: phone});

  for (const [kind, route] of Object.entries(routes)) {
    test(`${kind}: compact lab, the first line of code at most 120 px under the lab's top`, async ({page}) => {
      const lab = await openLab(page, route);
      await expect(lab).toHaveAttribute('data-layout', 'compact');
      expect(await firstCodeLineOffset(lab)).toBeLessThanOrEqual(120);
      await expect(lab.getByRole('button', {name: 'More'})).toBeVisible();
      await expect(lab.getByTestId('copy-link')).toBeHidden();
      const select = await box(lab.getByTestId('target-select'));
      expect(select.x + select.width).toBeLessThanOrEqual(phone.width);
      const editor = await box(lab.getByTestId('dockerfile-editor'));
      const graph = await box(lab.getByTestId('stage-graph'));
      expect(graph.y).toBeGreaterThanOrEqual(editor.y + editor.height - 1);
      const {scrollWidth, clientWidth} = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }

  test('the chapter with the longest lab title still starts its code within 120 px', async ({page}) => {
    await page.goto('/tutorial/when-not-to-use');
    const lab = page.locator('[data-dockerfile-lab]').filter({hasText: 'One stage is enough: a Python job with pure-Python dependencies'});
    await lab.scrollIntoViewIfNeeded();
    const section = lab.locator('section[data-layout]');
    await expect(section.getByTestId('target-select')).toBeVisible({timeout: 20_000});
    expect(await firstCodeLineOffset(section)).toBeLessThanOrEqual(120);
  });

  for (const mode of ['light', 'dark'] as const) {
    test(`an exercise on a phone with its More menu open and results shown has no serious axe violations in ${mode} mode`, async ({page}) => {
      await setColorMode(page, mode);
      const lab = await openLab(page, routes.exercise);
      await lab.getByRole('button', {name: 'More'}).click();
      await expect(lab.getByTestId('copy-mermaid')).toBeVisible();
      await page.getByTestId('exercise-check').click();
      await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-status', 'fail');
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
});

test.describe('before the lab loads (no JavaScript), on a 375 px phone', () => {
  test.use({viewport: phone, javaScriptEnabled: false});

  for (const [kind, route] of Object.entries({chapter: routes.chapter, exercise: routes.exercise})) {
    test(`${kind}: the skeleton starts the code as high as the compact lab`, async ({page}) => {
      await page.goto(route);
      const skeleton = page.locator('section[aria-busy="true"]').first();
      await expect(skeleton).toBeVisible();
      expect(await firstCodeLineOffset(skeleton)).toBeLessThanOrEqual(120);
    });
  }
});

// The inline theme script marks the page dark before any bundle runs, while the server drew the code block
// in the light code theme: whatever the reader sees in that window must still be readable.
test('before its scripts run, a dark-mode reader sees the lab skeleton with readable contrast', async ({page}) => {
  await setColorMode(page, 'dark');
  await page.route('**/*.js', (route) => route.fulfill({body: '', contentType: 'application/javascript'}));
  await page.goto('/tutorial/why-multi-stage-builds');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousAxeViolations(page, ['section[aria-busy="true"]'])).toEqual([]);
});

test.describe('the More menu of a chapter lab', () => {
  test.use({viewport: desktop});

  test('opens from the keyboard, moves with the arrow keys and Tab, and Escape closes it onto its button', async ({page}) => {
    const lab = await openLab(page, routes.chapter);
    await expect(lab).toHaveAttribute('data-layout', 'compact');
    const more = lab.getByRole('button', {name: 'More'});
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await lab.getByTestId('target-select').focus();
    await page.keyboard.press('Tab');
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(lab.getByTestId('legacy-toggle')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(lab.getByTestId('build-inputs-summary')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(lab.getByTestId('copy-link')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(lab.getByTestId('copy-mermaid')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(lab.getByTestId('legacy-toggle')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(lab.getByTestId('copy-embed')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();
    await expect(lab.getByTestId('copy-link')).toBeHidden();
    await page.keyboard.press('ArrowDown');
    await expect(lab.getByTestId('legacy-toggle')).toBeFocused();
  });

  test('the legacy comparison and the build command live in it, and an action closes it', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const lab = await openLab(page, routes.chapter);
    await expect(lab.getByTestId('build-command')).toBeHidden();
    const more = lab.getByRole('button', {name: 'More'});
    await more.click();
    await expect(lab.getByTestId('build-command')).toHaveText('docker build .');
    await lab.getByTestId('legacy-toggle').check();
    await expect(lab.getByTestId('build-command')).toHaveText('DOCKER_BUILDKIT=0 docker build .');
    await lab.getByTestId('copy-link').click();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/playground#v=2&code=/);
    await expect(lab.getByRole('status').filter({hasText: 'Link copied'})).toBeVisible();
  });

  test('a press outside closes it', async ({page}) => {
    const lab = await openLab(page, routes.chapter);
    const more = lab.getByRole('button', {name: 'More'});
    await more.click();
    await expect(lab.getByTestId('copy-mermaid')).toBeVisible();
    await page.locator('article h1').click();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  test('the code comes first, the graph beside or under it', async ({page}) => {
    const lab = await openLab(page, routes.chapter);
    const title = await box(lab.locator('p').first());
    const editor = await box(lab.getByTestId('dockerfile-editor'));
    const graph = await box(lab.getByTestId('stage-graph'));
    expect(editor.y - (title.y + title.height)).toBeLessThan(60);
    expect(graph.y >= editor.y + editor.height - 1 || graph.x >= editor.x + editor.width - 1).toBe(true);
  });

  for (const mode of ['light', 'dark'] as const) {
    test(`a chapter with a menu open has no serious axe violations in ${mode} mode`, async ({page}) => {
      await setColorMode(page, mode);
      const lab = await openLab(page, routes.chapter);
      await lab.getByRole('button', {name: 'More'}).click();
      await expect(lab.getByTestId('copy-link')).toBeVisible();
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
});

test.describe('on a 1440 × 900 desktop', () => {
  test.use({viewport: desktop});

  test('the playground shows the editor, the graph and the contents summary without scrolling', async ({page}) => {
    const lab = await openLab(page, routes.playground);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(lab).toHaveAttribute('data-layout', 'full');
    await expect(lab.getByTestId('stage-graph').locator('svg')).toBeVisible({timeout: 20_000});
    const editor = await box(lab.getByTestId('dockerfile-editor'));
    const graph = await box(lab.getByTestId('stage-graph').locator('svg'));
    const contents = lab.getByTestId('contents-panel');
    const summary = await box(contents.locator('p').first());
    const heading = await box(contents.getByRole('heading', {name: 'What ends up in the image'}));
    const contentsFrame = await contents.evaluate((panel) => {
      const frame = panel.parentElement!.getBoundingClientRect();
      return {top: frame.top, bottom: frame.bottom, left: frame.left};
    });
    for (const [name, part] of Object.entries({editor, graph, summary, heading})) {
      expect(part.y, `${name} top`).toBeGreaterThanOrEqual(0);
      expect(part.y + part.height, `${name} bottom`).toBeLessThanOrEqual(desktop.height);
    }
    expect(contentsFrame.bottom, 'the contents scroll inside their panel').toBeLessThanOrEqual(desktop.height);
    expect(graph.x).toBeGreaterThan(editor.x + editor.width - 1);
    expect(contentsFrame.left).toBeGreaterThan(graph.x + graph.width - 1);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  for (const route of [routes.playground, routes.exercise]) {
    test(`${route} keeps the full toolbar`, async ({page}) => {
      const lab = await openLab(page, route);
      await expect(lab).toHaveAttribute('data-layout', 'full');
      await expect(lab.getByRole('button', {name: 'More'})).toHaveCount(0);
      for (const id of ['copy-link', 'copy-mermaid', 'download-svg', 'reset-example', 'legacy-toggle', 'build-command', 'build-inputs-summary']) {
        await expect(lab.getByTestId(id)).toBeVisible();
      }
    });
  }
});

/** Exercise start files, checked as a learner would: the root failure leads, what it explains sits under it. */
test.describe('exercise feedback leads with the failure to fix first', () => {
  // As tests/exercises/because.test.ts pins them for each start file (a single stage's cache order is its own failure).
  const explainedCounts = {
    'node-multi-stage': 4,
    'go-multi-stage': 5,
    'test-stage': 2,
    'fix-the-mistakes': 2,
    'cache-friendly-deps': 0,
    'copy-paths': 0,
    'secret-mount': 0,
  };
  // One page visits every exercise in turn (a step each), so the browser's cache serves the lab after the first.
  test('explained failures sit under their root, and the verdict says where to start, in every exercise', async ({page}) => {
    test.setTimeout(240_000);
    for (const [id, count] of Object.entries(explainedCounts)) {
      await test.step(id, async () => {
        await page.goto(`/exercises/${id}`);
        await page.getByTestId('exercise-check').click();
        const verdict = page.getByTestId('exercise-verdict');
        await expect(verdict).toHaveAttribute('data-status', 'fail');
        const first = page.locator('[data-testid^="check-"][data-first="true"]');
        await expect(first).toHaveCount(1);
        await expect(first).toHaveAttribute('data-status', 'fail');
        const firstId = (await first.getAttribute('data-testid'))!.replace(/^check-/, '');
        await expect(verdict).toContainText(`Start with ${firstId}`);
        const explained = page.locator('[data-testid^="check-"][data-because]');
        await expect(explained).toHaveCount(count);
        for (const dependent of await explained.all()) {
          await expect(dependent).toBeVisible();
          await expect(dependent).toHaveAttribute('data-status', 'fail');
          const root = await dependent.getAttribute('data-because');
          const parent = await dependent.evaluate((li) => li.parentElement!.closest('li')?.getAttribute('data-testid') ?? null);
          expect(parent).toBe(`check-${root}`);
        }
      });
    }
  });

  test('node-multi-stage: one stage explains the four checks that need a build stage, said once', async ({page}) => {
    await page.goto('/exercises/node-multi-stage');
    await page.getByTestId('exercise-check').click();
    await expect(page.getByTestId('exercise-verdict')).toContainText('Start with multiple-stages: 4 other failing checks follow from it.');
    const root = page.getByTestId('check-multiple-stages');
    await expect(root).toHaveAttribute('data-first', 'true');
    await expect(root).toContainText('Also fails because of this:');
    for (const dependent of ['named-build-stage', 'copy-from-build-stage', 'build-output-in-runtime', 'smaller-runtime-base']) {
      await expect(root.getByTestId(`check-${dependent}`)).toHaveAttribute('data-status', 'fail');
    }
    await expect(page.getByText(/There is only one stage, so there is no separate build stage/)).toHaveCount(1);
    await expect(page.getByTestId('check-no-source-in-runtime')).not.toHaveAttribute('data-because', /.*/);
    await expect(page.getByTestId('check-deps-cached-before-source')).not.toHaveAttribute('data-because', /.*/);
  });
});

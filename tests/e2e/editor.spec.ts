import type {Page} from '@playwright/test';
import {compressToEncodedURIComponent} from 'lz-string';
import {editorOf, expect, seriousAxeViolations, setColorMode, setEditorText, test} from './fixtures';

const editor = editorOf;
const graph = (page: Page) => page.getByTestId('stage-graph').first();

async function openPlayground(page: Page, hash = ''): Promise<void> {
  await page.goto(`/playground${hash}`);
  await expect(editor(page)).toHaveAttribute('data-ready', 'true', {timeout: 20_000});
  await graph(page).scrollIntoViewIfNeeded();
  await expect(graph(page)).not.toHaveAttribute('data-stage-count', '0');
}

async function nodeLabels(page: Page): Promise<string[]> {
  return graph(page).locator('g.node').allTextContents();
}

const threeStages = ['FROM node:24 AS deps', 'RUN npm ci', 'FROM deps AS build', 'RUN npm run build', 'FROM build AS tester', 'RUN npm test', 'FROM node:24-slim AS web', 'COPY --from=build /app/dist /app/dist', ''].join('\n');

test.describe('the playground editor', () => {
  test('shows the Dockerfile at once, then the live editor and its graph', async ({page}) => {
    await page.goto('/playground');
    await expect(editor(page)).toContainText('FROM node:24 AS deps');
    await expect(editor(page)).toHaveAttribute('data-ready', 'true', {timeout: 20_000});
    await expect(graph(page)).toHaveAttribute('data-stage-count', '3');
    await expect(graph(page).getByTestId('stage-node-2')).toHaveAttribute('data-built', 'true');
  });

  test('typing changes the graph', async ({page}) => {
    await openPlayground(page);
    await setEditorText(page, threeStages);
    await expect(graph(page)).toHaveAttribute('data-stage-count', '4');
    await expect.poll(() => nodeLabels(page)).toEqual(
      expect.arrayContaining([expect.stringMatching(/tester\s*FROM build/), expect.stringMatching(/web\s*node:24-slim/)]),
    );
    await expect(graph(page).getByTestId('stage-node-2')).toHaveAttribute('data-built', 'false');
  });

  test('a mistyped --from gets a marker in the editor and an explanation', async ({page}) => {
    await openPlayground(page);
    await setEditorText(page, 'FROM node:24 AS builder\nRUN npm run build\nFROM node:24-slim\nCOPY --from=biulder /app/dist /app/dist\n');
    await expect(editor(page).locator('.squiggly-warning').first()).toBeVisible();
    const diagnostic = page.locator('[data-code="UndefinedStage"]');
    await expect(diagnostic).toContainText('Did you mean --from=builder?');
    await expect(diagnostic.getByRole('link', {name: 'UndefinedStage'})).toHaveAttribute('href', '/reference/diagnostics#undefined-stage');
  });

  test('the target selector changes what is built, and the legacy toggle compares', async ({page}) => {
    await openPlayground(page);
    await setEditorText(page, threeStages);
    await expect(graph(page)).toHaveAttribute('data-stage-count', '4');
    await page.getByTestId('target-select').selectOption('tester');
    await expect(page.getByTestId('build-command')).toHaveText('docker build --target tester .');
    await expect(graph(page).getByTestId('stage-node-2')).toHaveAttribute('data-built', 'true');
    await expect(graph(page).getByTestId('stage-node-3')).toHaveAttribute('data-built', 'false');
    await page.getByTestId('target-select').selectOption('web');
    await expect(graph(page).getByTestId('stage-node-2')).toHaveAttribute('data-built', 'false');
    await page.getByTestId('legacy-toggle').check();
    await expect(graph(page).getByTestId('stage-node-2')).toHaveAttribute('data-built', 'true');
    await expect(page.getByTestId('build-command')).toHaveText('DOCKER_BUILDKIT=0 docker build .');
  });

  test('an edit that leaves the stages alone does not redraw the graph', async ({page}) => {
    await openPlayground(page);
    await expect(graph(page)).toHaveAttribute('data-render-count', '1');
    await editor(page).locator('.view-line', {hasText: 'npm run build'}).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' && echo done');
    await expect(page.getByTestId('stage-list')).toContainText('build');
    await page.waitForTimeout(600);
    await expect(graph(page)).toHaveAttribute('data-render-count', '1');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('FROM alpine:3.20 AS extra');
    await expect(graph(page)).toHaveAttribute('data-render-count', '2');
  });

  test('choosing a stage in the list reveals it in the editor, and the cursor picks the stage', async ({page}) => {
    await openPlayground(page);
    await page.getByTestId('stage-list').getByRole('button', {name: /runtime/}).click();
    await expect(editor(page).locator('.sc-stage-highlight').first()).toBeVisible();
    await expect(page.getByTestId('stage-list').locator('[aria-current="true"]')).toContainText('runtime');
    await graph(page).getByTestId('stage-node-0').click();
    await expect(page.getByTestId('stage-list').locator('[aria-current="true"]')).toContainText('deps');
  });

  test('a share link round-trips the Dockerfile and the target', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPlayground(page);
    await setEditorText(page, threeStages);
    await page.getByTestId('target-select').selectOption('tester');
    await page.getByTestId('copy-link').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/playground#code=[A-Za-z0-9+\-$]+&target=tester$/);
    const other = await context.newPage();
    await other.goto(link);
    await expect(editor(other)).toHaveAttribute('data-ready', 'true', {timeout: 20_000});
    await expect(other.getByTestId('target-select')).toHaveValue('tester');
    await expect(other.getByTestId('stage-list')).toContainText('web');
    await expect(editor(other).locator('.view-lines')).toContainText('FROM build AS tester');
  });

  test('Copy as Mermaid copies the flowchart text', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPlayground(page);
    await page.getByTestId('copy-mermaid').click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^flowchart TB\n {2}s0\["deps<br\/>node:24"\]/);
  });

  test('Download SVG saves the drawn graph', async ({page}) => {
    await openPlayground(page);
    const download = page.waitForEvent('download');
    await page.getByTestId('download-svg').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('stage-graph.svg');
  });

  test('edits are saved in this browser and Reset restores the example', async ({page}) => {
    await openPlayground(page);
    await setEditorText(page, threeStages);
    await expect(page.getByText('Your edits are saved in this browser')).toBeVisible();
    await page.waitForTimeout(600);
    await page.reload();
    await expect(editor(page)).toHaveAttribute('data-ready', 'true', {timeout: 20_000});
    await expect(page.getByTestId('stage-list')).toContainText('tester');
    await page.getByTestId('reset-example').click();
    await expect(page.getByTestId('stage-list')).not.toContainText('tester');
    await expect(page.getByTestId('stage-list')).toContainText('runtime');
  });

  test('corrupt saved data is ignored', async ({page}) => {
    await page.addInitScript(() => {
      for (const key of ['stagecraft:v1:editor:/playground:x', 'stagecraft:v1:progress']) window.localStorage.setItem(key, '{not json');
    });
    await page.goto('/playground');
    await page.evaluate(() => {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        if (key.startsWith('stagecraft:')) localStorage.setItem(key, '{"v":1,"data":{"text":42}}');
      }
    });
    await openPlayground(page);
    await expect(page.getByTestId('stage-list')).toContainText('runtime');
  });
});

test.describe('hostile input', () => {
  const hostile = [
    'FROM alpine:3.20 AS evil',
    'COPY --from="<img src=x onerror=window.__pwned=1>" /a /b',
    'COPY --from="x\\"]);window.__pwned=1;//" /a /b',
    'FROM "<svg onload=window.__pwned=1>"',
    'RUN --mount=from=<script>window.__pwned=1</script>,target=/x true',
    'FROM evil AS last',
    '',
  ].join('\n');

  async function expectNothingExecuted(page: Page): Promise<void> {
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg svg[onload], [data-testid="stage-graph"] script').count()).toBe(0);
  }

  test('hostile names typed into the editor execute nothing', async ({page}) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    await openPlayground(page);
    await setEditorText(page, hostile);
    await expect(graph(page)).toHaveAttribute('data-stage-count', '3');
    // Drawn as text with look-alike angle brackets; never as markup.
    await expect.poll(() => nodeLabels(page)).toEqual(
      expect.arrayContaining([expect.stringContaining('‹img'), expect.stringContaining('‹script›window.__pwned=1‹/script›')]),
    );
    await expectNothingExecuted(page);
  });

  test('a hostile #code= link executes nothing', async ({page}) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    await openPlayground(page, `#code=${compressToEncodedURIComponent(hostile)}&target=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expectNothingExecuted(page);
    await page.goto('about:blank');
    await page.goto('/playground#code=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(page.getByRole('status').filter({hasText: 'could not be opened'})).toBeVisible();
    await expectNothingExecuted(page);
  });

  test('a graph mermaid cannot draw keeps the last good one and says why', async ({page}) => {
    await openPlayground(page);
    const chain = ['FROM alpine:3.20 AS s0', ...Array.from({length: 600}, (_, i) => `FROM s${i} AS s${i + 1}`)].join('\n');
    await setEditorText(page, chain);
    await expect(page.getByText(/The graph shows the last version that could be drawn/)).toBeVisible({timeout: 20_000});
    await expect(graph(page).locator('svg')).toBeVisible();
    await expect(page.getByTestId('stage-list').locator('li')).toHaveCount(601);
  });
});

test.describe('keyboard, phone and accessibility', () => {
  test('Esc then Tab leaves the editor', async ({page}) => {
    await openPlayground(page);
    await editor(page).locator('.monaco-editor').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('[data-testid="dockerfile-editor"]') === null);
    expect(focused).toBe(true);
  });

  test('the playground stacks its panels at 375 px without horizontal scrolling', async ({page}) => {
    await page.setViewportSize({width: 375, height: 800});
    await openPlayground(page);
    const {scrollWidth, clientWidth} = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const editorBox = (await editor(page).boundingBox())!;
    const graphBox = (await graph(page).boundingBox())!;
    expect(graphBox.y).toBeGreaterThan(editorBox.y + editorBox.height - 1);
  });

  for (const mode of ['light', 'dark'] as const) {
    for (const route of ['/playground', '/tutorial/first-multi-stage-build']) {
      test(`${route} with a live editor in ${mode} mode has no serious or critical axe violations`, async ({page}) => {
        await setColorMode(page, mode);
        await page.goto(route);
        await page.locator('[data-dockerfile-lab]').first().scrollIntoViewIfNeeded();
        if (route !== '/playground') await page.getByRole('button', {name: 'Edit'}).first().click();
        await expect(editor(page)).toHaveAttribute('data-ready', 'true', {timeout: 20_000});
        await graph(page).scrollIntoViewIfNeeded();
        await expect(graph(page)).not.toHaveAttribute('data-stage-count', '0');
        expect(await seriousAxeViolations(page)).toEqual([]);
      });
    }
  }
});

test('a chapter page draws each graph when the reader gets near it, and loads Monaco only when asked', async ({page}) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.url());
  });
  await page.goto('/tutorial/target');
  const labs = page.locator('[data-dockerfile-lab]');
  const firstGraph = labs.first().getByTestId('stage-graph');
  await labs.first().scrollIntoViewIfNeeded();
  await firstGraph.scrollIntoViewIfNeeded();
  await expect(firstGraph.locator('svg')).toBeVisible({timeout: 20_000});
  await expect(labs.last().getByTestId('stage-graph').locator('svg')).toHaveCount(0);
  await expect(labs.first().getByTestId('dockerfile-editor')).toHaveAttribute('data-ready', 'false');
  const bodies = await Promise.all(scripts.map(async (url) => (await page.request.get(url)).text()));
  expect(bodies.filter((body) => body.includes('MonacoEnvironment'))).toHaveLength(0);
  await labs.first().getByRole('button', {name: 'Edit'}).click();
  await expect(labs.first().getByTestId('dockerfile-editor')).toHaveAttribute('data-ready', 'true', {timeout: 20_000});
  await expect(labs.first().locator('.monaco-editor.focused')).toBeVisible();
  await labs.last().scrollIntoViewIfNeeded();
  await labs.last().getByTestId('stage-graph').scrollIntoViewIfNeeded();
  await expect(labs.last().getByTestId('stage-graph').locator('svg')).toBeVisible({timeout: 20_000});
});

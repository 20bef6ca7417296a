import type {Page} from '@playwright/test';
import {compressToEncodedURIComponent} from 'lz-string';
import {encodeStored} from '../../src/components/lib/storage';
import {testIds} from '../../src/components/testIds';
import {expect, seriousAxeViolations, setColorMode, test} from './fixtures';
import {ChapterPage} from './pages/chapter';
import {fourStageDockerfile, PlaygroundPage} from './pages/playground';
import {writeStorage} from './pages/storage';

async function openPlayground(page: Page, hash = ''): Promise<PlaygroundPage> {
  const playground = new PlaygroundPage(page);
  await playground.open(hash);
  return playground;
}

test.describe('the playground editor', () => {
  test('shows the Dockerfile at once, then the live editor and its graph', async ({page}) => {
    const playground = new PlaygroundPage(page);
    const {lab} = playground;
    const html = await (await page.request.get('/playground')).text();
    // The HTML minifier drops the quotes around attribute values.
    expect(html, 'the example graph is in the server HTML, in both colour modes').toMatch(/src="?\/graphs\/[0-9a-f]{16}\.light\.svg/);
    expect(html).toMatch(/src="?\/graphs\/[0-9a-f]{16}\.dark\.svg/);
    await playground.goto();
    await expect(lab.editor).toContainText('FROM node:24 AS deps');
    await lab.waitUntilEditable();
    await expect(lab.graph).toHaveAttribute('data-stage-count', '3');
    await expect(lab.graph.locator('svg')).toHaveAttribute('id', /^stagecraft-predrawn-[0-9a-f]{16}-light$/);
    await expect(lab.stageNode(2)).toHaveAttribute('data-built', 'true');
  });

  test('typing changes the graph', async ({page}) => {
    const {lab} = await openPlayground(page);
    await lab.setText(fourStageDockerfile);
    await expect(lab.graph).toHaveAttribute('data-stage-count', '4');
    await expect
      .poll(() => lab.nodeLabels())
      .toEqual(expect.arrayContaining([expect.stringMatching(/tester\s*FROM build/), expect.stringMatching(/web\s*node:24-slim/)]));
    await expect(lab.stageNode(2)).toHaveAttribute('data-built', 'false');
  });

  test('a mistyped --from gets a marker in the editor and an explanation', async ({page}) => {
    const {lab} = await openPlayground(page);
    await lab.setText('FROM node:24 AS builder\nRUN npm run build\nFROM node:24-slim\nCOPY --from=biulder /app/dist /app/dist\n');
    await expect(lab.editor.locator('.squiggly-warning').first()).toBeVisible();
    const diagnostic = page.locator('[data-code="UndefinedStage"]');
    await expect(diagnostic).toContainText('Did you mean --from=builder?');
    await expect(diagnostic.getByRole('link', {name: 'UndefinedStage'})).toHaveAttribute(
      'href',
      '/reference/diagnostics/stage-names-and-references#undefined-stage',
    );
  });

  test('a .dockerignore typed into its box makes a COPY of a left-out file a CopyIgnoredFile warning', async ({page}) => {
    await setColorMode(page, 'dark');
    const {lab} = await openPlayground(page);
    await lab.setText('FROM alpine:3.24\nCOPY config/local.env /etc/app.env\n');
    await expect(page.locator('[data-code="CopyIgnoredFile"]')).toHaveCount(0);
    const box = lab.byTestId(testIds.dockerignore);
    await box.getByText('.dockerignore').click();
    await box.getByRole('textbox', {name: /Patterns the build context leaves out/}).fill('# local secrets\nconfig/*.env\n');
    await expect(box.locator('summary')).toContainText('1 pattern');
    await expect(page.locator('[data-code="CopyIgnoredFile"]')).toContainText('Attempting to Copy file "config/local.env" that is excluded by .dockerignore');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('the target selector changes what is built, and the legacy toggle compares', async ({page}) => {
    const {lab} = await openPlayground(page);
    await lab.setText(fourStageDockerfile);
    await expect(lab.graph).toHaveAttribute('data-stage-count', '4');
    await lab.targetSelect.selectOption('tester');
    await expect(lab.buildCommand).toHaveText('docker build --target tester .');
    await expect(lab.stageNode(2)).toHaveAttribute('data-built', 'true');
    await expect(lab.stageNode(3)).toHaveAttribute('data-built', 'false');
    await lab.targetSelect.selectOption('web');
    await expect(lab.stageNode(2)).toHaveAttribute('data-built', 'false');
    await lab.byTestId(testIds.legacyToggle).check();
    await expect(lab.stageNode(2)).toHaveAttribute('data-built', 'true');
    await expect(lab.buildCommand).toHaveText('DOCKER_BUILDKIT=0 docker build .');
  });

  test('an edit that leaves the stages alone does not redraw the graph', async ({page}) => {
    const {lab} = await openPlayground(page);
    // The example's graph is predrawn: mermaid has drawn nothing yet.
    await expect(lab.graph).toHaveAttribute('data-predrawn', 'true');
    await expect(lab.graph).toHaveAttribute('data-render-count', '0');
    await expect(lab.stageList).toContainText('line 11');
    // A longer RUN line and a new comment line: the runtime stage moves down a line, the graph stays.
    await lab.placeCursorAfter('npm run build');
    await page.keyboard.type(' && echo done');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('# the stages are unchanged');
    await expect(lab.stageList).toContainText('line 12');
    await expect(lab.graph).toHaveAttribute('data-render-count', '0');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('FROM alpine:3.24 AS extra');
    await expect.poll(() => lab.nodeLabels()).toEqual(expect.arrayContaining([expect.stringMatching(/extra\s*alpine:3\.24/)]));
    // Renders run one at a time, so once the new stage is drawn every earlier render has finished too.
    await expect(lab.graph).toHaveAttribute('data-render-count', '1');
    await expect(lab.graph).toHaveAttribute('data-predrawn', 'false');
  });

  test('choosing a stage in the list reveals it in the editor, and the cursor picks the stage', async ({page}) => {
    const {lab} = await openPlayground(page);
    await lab.stageList.getByRole('button', {name: /runtime/}).click();
    await expect(lab.editor.locator('.sc-stage-highlight').first()).toBeVisible();
    await expect(lab.stageList.locator('[aria-current="true"]')).toContainText('runtime');
    await lab.stageNode(0).click();
    await expect(lab.stageList.locator('[aria-current="true"]')).toContainText('deps');
  });

  test('a share link round-trips the Dockerfile and the target', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const {lab} = await openPlayground(page);
    await lab.setText(fourStageDockerfile);
    await lab.targetSelect.selectOption('tester');
    await lab.byTestId(testIds.copyLink).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/playground#v=2&code=[A-Za-z0-9+\-$]+&target=tester$/);
    const other = new PlaygroundPage(await context.newPage());
    await other.page.goto(link);
    await other.lab.waitUntilEditable();
    await expect(other.lab.targetSelect).toHaveValue('tester');
    await expect(other.lab.stageList).toContainText('web');
    await expect(other.lab.editor.locator('.view-lines')).toContainText('FROM build AS tester');
  });

  test('Copy as Mermaid copies the flowchart text', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const {lab} = await openPlayground(page);
    await lab.byTestId(testIds.copyMermaid).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^flowchart TB\n {2}s0\["deps<br\/>node:24"\]/);
  });

  test('Download SVG saves the drawn graph', async ({page}) => {
    const {lab} = await openPlayground(page);
    const download = page.waitForEvent('download');
    await lab.byTestId(testIds.downloadSvg).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('stage-graph.svg');
  });

  test('edits are saved in this browser and Reset restores the example', async ({page}) => {
    const playground = await openPlayground(page);
    const {lab} = playground;
    await lab.setText(fourStageDockerfile);
    await expect(page.getByText('Your edits are saved in this browser')).toBeVisible();
    await expect.poll(() => playground.savedEditor()).toBe(encodeStored({text: fourStageDockerfile, target: null}));
    await page.reload();
    await lab.waitUntilEditable();
    await expect(lab.stageList).toContainText('tester');
    await lab.byTestId(testIds.resetExample).click();
    await expect(lab.stageList).not.toContainText('tester');
    await expect(lab.stageList).toContainText('runtime');
    await expect.poll(() => playground.savedEditor()).toBeNull();
  });

  test('a saved edit is restored, and corrupt saved data is read and ignored without an error', async ({page}) => {
    const playground = new PlaygroundPage(page);
    const {lab} = playground;
    // Each entry is written from a page without an editor, so no autosave can overwrite it before the
    // playground loads. The real key with a valid entry first: proof that the playground reads that key.
    await writeStorage(page, {[PlaygroundPage.savedEditorKey]: encodeStored({text: fourStageDockerfile, target: 'tester'})});
    await playground.open();
    await expect(lab.stageList).toContainText('tester');
    await expect(lab.targetSelect).toHaveValue('tester');
    const corrupt = ['{not json', 'null', '{"v":1,"data":{"text":42,"target":null}}', `{"v":99,"data":{"text":"FROM alpine:3.24 AS other\\n","target":null}}`];
    for (const value of corrupt) {
      await writeStorage(page, {[PlaygroundPage.savedEditorKey]: value});
      await playground.open();
      await expect(lab.stageList, `saved value ${value}`).toContainText('runtime');
      await expect(lab.stageList).not.toContainText('tester');
      await expect(lab.stageList).not.toContainText('other');
      await expect(lab.editor.locator('.view-lines')).toContainText('FROM node:24 AS deps');
    }
    // The fixture's guard fails the test on any console error or uncaught exception.
  });
});

test.describe('hostile input', () => {
  const hostile = [
    'FROM alpine:3.24 AS evil',
    'COPY --from="<img src=x onerror=window.__pwned=1>" /a /b',
    'COPY --from="x\\"]);window.__pwned=1;//" /a /b',
    'FROM "<svg onload=window.__pwned=1>"',
    'RUN --mount=from=<script>window.__pwned=1</script>,target=/x true',
    'FROM evil AS last',
    '',
  ].join('\n');

  /** Once the hostile text is on the page, none of its markup exists, so none of it can run later. */
  async function expectNothingExecuted(page: Page): Promise<void> {
    await expect(page.locator(`img[src="x"], svg svg[onload], [data-testid="${testIds.stageGraph}"] script`)).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
  }

  test('hostile names typed into the editor execute nothing', async ({page}) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    const {lab} = await openPlayground(page);
    await lab.setText(hostile);
    await expect(lab.graph).toHaveAttribute('data-stage-count', '3');
    // Drawn as text with look-alike angle brackets; never as markup.
    await expect
      .poll(() => lab.nodeLabels())
      .toEqual(expect.arrayContaining([expect.stringContaining('‹img'), expect.stringContaining('‹script›window.__pwned=1‹/script›')]));
    await expectNothingExecuted(page);
  });

  test('a hostile #code= link executes nothing', async ({page}) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    const playground = await openPlayground(
      page,
      `#code=${compressToEncodedURIComponent(hostile)}&target=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    );
    await expect
      .poll(() => playground.lab.nodeLabels())
      .toEqual(expect.arrayContaining([expect.stringContaining('‹img'), expect.stringContaining('‹script›window.__pwned=1‹/script›')]));
    await expectNothingExecuted(page);
    await page.goto('about:blank');
    await playground.goto('#code=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(page.getByRole('status').filter({hasText: 'could not be opened'})).toBeVisible();
    await expectNothingExecuted(page);
  });

  test('a graph mermaid cannot draw keeps the last good one and says why', async ({page}) => {
    const {lab} = await openPlayground(page);
    const chain = ['FROM alpine:3.24 AS s0', ...Array.from({length: 600}, (_, i) => `FROM s${i} AS s${i + 1}`)].join('\n');
    await lab.setText(chain);
    await expect(page.getByText(/The graph shows the last version that could be drawn/)).toBeVisible({timeout: 20_000});
    await expect(lab.graph.locator('svg')).toBeVisible();
    await expect(lab.stageList.locator('li')).toHaveCount(601);
  });
});

test.describe('keyboard, phone and accessibility', () => {
  test('Esc then Tab leaves the editor', async ({page}) => {
    const {lab} = await openPlayground(page);
    await lab.editor.locator('.monaco-editor').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await lab.focusLeftEditor()).toBe(true);
  });

  test('on a 375 px phone the playground loads the editor when the reader taps the code, not before', async ({page}) => {
    await page.setViewportSize({width: 375, height: 800});
    const {lab} = new PlaygroundPage(page);
    await page.goto('/playground');
    await lab.waitForGraph();
    // On a wider screen the first drawn graph sends for Monaco; let React commit what that would change.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(lab.editButton).toBeVisible();
    await expect(lab.editor).toHaveAttribute('data-ready', 'false');
    await lab.editor.locator('pre').click();
    await lab.waitUntilEditable();
    await expect(lab.editor.locator('.monaco-editor')).toHaveClass(/\bfocused\b/);
  });

  test('the playground stacks its panels at 375 px without horizontal scrolling', async ({page}) => {
    await page.setViewportSize({width: 375, height: 800});
    const playground = new PlaygroundPage(page);
    const {lab} = playground;
    await playground.goto();
    await lab.editButton.click();
    await lab.waitUntilEditable();
    await lab.waitForGraph();
    const {scrollWidth, clientWidth} = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const editorBox = (await lab.editor.boundingBox())!;
    const graphBox = (await lab.graph.boundingBox())!;
    expect(graphBox.y).toBeGreaterThan(editorBox.y + editorBox.height - 1);
  });

  for (const mode of ['light', 'dark'] as const) {
    test(`/playground with a live editor in ${mode} mode has no serious or critical axe violations`, async ({page}) => {
      await setColorMode(page, mode);
      await openPlayground(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });

    test(`/tutorial/first-multi-stage-build with a live editor in ${mode} mode has no serious or critical axe violations`, async ({page}) => {
      await setColorMode(page, mode);
      const chapter = new ChapterPage(page);
      await chapter.goto('/tutorial/first-multi-stage-build');
      const lab = await chapter.drawLab(0);
      await lab.editButton.click();
      await lab.waitUntilEditable();
      expect(await seriousAxeViolations(page)).toEqual([]);
      // /tutorial/target draws skipped stages, in graphs tall enough to scroll inside their box.
      await test.step('the graphs of /tutorial/target, skipped stages and scrolling included', async () => {
        await chapter.goto('/tutorial/target');
        const labs = await chapter.labContainers.count();
        for (let i = 0; i < labs; i++) await chapter.drawLab(i);
        await expect(page.locator('[data-testid="stage-graph"] g.node[data-built="false"]').first()).toBeAttached();
        expect(await seriousAxeViolations(page, ['[data-testid="stage-graph"]'])).toEqual([]);
      });
    });
  }
});

test('a chapter page draws each graph when the reader gets near it, and loads Monaco only when asked', async ({page}) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.url());
  });
  const chapter = new ChapterPage(page);
  await chapter.goto('/tutorial/target');
  const first = await chapter.drawLab(0);
  const last = chapter.lastLab();
  await expect(last.graph.locator('svg')).toHaveCount(0);
  await expect(first.editor).toHaveAttribute('data-ready', 'false');
  const bodies = await Promise.all(scripts.map(async (url) => (await page.request.get(url)).text()));
  expect(bodies.filter((body) => body.includes('MonacoEnvironment'))).toHaveLength(0);
  await first.editButton.click();
  await first.waitUntilEditable();
  await expect(first.editor.locator('.monaco-editor.focused')).toBeVisible();
  await chapter.labContainers.last().scrollIntoViewIfNeeded();
  await last.waitForGraph();
});

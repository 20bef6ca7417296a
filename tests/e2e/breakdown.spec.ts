import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {testIds} from '../../src/components/testIds';
import {expect, setColorMode, test} from './fixtures';
import {ChapterPage} from './pages/chapter';

const route = '/tutorial/why-is-my-image-big';

/** The chapter's first lab (with Monaco loaded when `editable`), and its breakdown. */
async function openLab(page: Page, editable: boolean) {
  const chapter = new ChapterPage(page);
  await chapter.goto(route);
  const lab = await chapter.drawLab(0);
  if (editable) {
    await lab.editButton.click();
    await lab.waitUntilEditable();
  }
  const breakdown = lab.byTestId(testIds.imageBreakdown);
  await breakdown.scrollIntoViewIfNeeded();
  return {lab, breakdown};
}

async function seriousViolationsIn(page: Page, testId: string): Promise<string[]> {
  const results = await new AxeBuilder({page}).include(`[data-testid="${testId}"]`).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`);
}

test('the breakdown bar: each part reaches its line from the keyboard, the table says the same in words, and undo takes back a tried base', async ({page}) => {
  // Loading Monaco on a busy machine takes most of the default minute.
  test.setTimeout(90_000);
  const {lab, breakdown} = await openLab(page, true);
  const segments = breakdown.getByTestId(testIds.breakdownBar).getByRole('button');
  await expect(segments).toHaveCount(3);
  await expect(segments.first()).toHaveAttribute('aria-label', /^Base image: node:24-slim, ≈ 234\.2 MB .*line 10$/);

  await segments.first().focus();
  await page.keyboard.press('Enter');
  await expect(lab.editor.locator('.active-line-number')).toHaveText('10');
  await segments.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(lab.editor.locator('.active-line-number')).toHaveText('12');

  const rows = breakdown.getByTestId(testIds.breakdownTable).locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(2)).toContainText('Build context');
  await expect(rows.nth(2)).toContainText('unknown');
  await expect(breakdown.getByTestId(testIds.wasteList).locator('li')).toHaveCount(3);
  await expect(breakdown.getByTestId(testIds.wasteList)).toContainText('Efficiency: 98.3%');

  // Trying a base is one edit in the editor, so the editor's own undo takes it back.
  await breakdown
    .getByTestId(testIds.whatIf)
    .locator('li[data-image="node:24-alpine"]')
    .getByRole('button', {name: /Try it/})
    .click();
  await expect(lab.editor.locator('.view-lines')).toContainText('FROM node:24-alpine AS runtime');
  await lab.editor.locator('.monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(lab.editor.locator('.view-lines')).toContainText('FROM node:24-slim AS runtime');
});

test('the breakdown fits a 375 px phone in dark mode and follows the stage chosen', async ({page}) => {
  await setColorMode(page, 'dark');
  await page.setViewportSize({width: 375, height: 800});
  const {lab, breakdown} = await openLab(page, false);
  const bar = breakdown.getByTestId(testIds.breakdownBar);
  const box = (await bar.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  const {scrollWidth, clientWidth} = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  expect(await seriousViolationsIn(page, testIds.imageBreakdown)).toEqual([]);

  await lab.stageList.getByRole('button', {name: /build/}).click();
  await expect(breakdown).toHaveAttribute('data-stage', '0');
  await expect(breakdown).toContainText('stage build');
  await expect(breakdown.getByTestId(testIds.breakdownTable)).toContainText('node:24');
});

test('the what-if tries another base in the FROM line, and Undo puts it back (light)', async ({page}) => {
  await setColorMode(page, 'light');
  // Before Monaco loads, the lab shows the text it holds, so the FROM line can be read there too.
  const {lab, breakdown} = await openLab(page, false);
  expect(await seriousViolationsIn(page, testIds.imageBreakdown)).toEqual([]);
  const whatIf = breakdown.getByTestId(testIds.whatIf);
  const alpine = whatIf.locator('li[data-image="node:24-alpine"]');
  await expect(alpine).toContainText('apk instead of apt: the install on line 12');
  await expect(whatIf.locator('li[data-image="gcr.io/distroless/nodejs24-debian13"]')).toContainText('no shell');

  await alpine.getByRole('button', {name: /Try it/}).click();
  await expect(lab.editor).toContainText('FROM node:24-alpine AS runtime');
  await expect(whatIf.getByRole('status')).toContainText('node:24-alpine');
  await expect(breakdown.getByTestId(testIds.breakdownTable)).toContainText('node:24-alpine');

  await whatIf.getByRole('button', {name: 'Undo'}).click();
  await expect(lab.editor).toContainText('FROM node:24-slim AS runtime');
  await expect(whatIf.getByRole('status')).toHaveCount(0);
});

import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import path from 'node:path';
import {toShareFragment} from '../../src/core';
import {testIds} from '../../src/components/testIds';
import {expect, seriousAxeViolations, test} from './fixtures';
import {ExercisePage} from './pages/exercise';
import {PlaygroundPage} from './pages/playground';

const singleStage = readFileSync(path.resolve(__dirname, '../fixtures/convert/node-npm-typescript.Dockerfile'), 'utf8');

/** The playground opened on a single-stage Node.js file, through a share link. */
async function openWithSingleStage(page: Page): Promise<PlaygroundPage> {
  const playground = new PlaygroundPage(page);
  await playground.open(toShareFragment({code: singleStage, target: null}));
  return playground;
}

test.describe('Suggest a multi-stage version', () => {
  test('suggests a verified split with reasons and sizes, applies one hunk, and undoes it', async ({page}) => {
    const {lab} = await openWithSingleStage(page);
    const lines = lab.editor.locator('.view-lines');

    await lab.byTestId(testIds.convertSuggest).click();
    await expect(lab.byTestId(testIds.convertEstimate)).toContainText('on node:24-slim after');
    await expect(lab.byTestId(testIds.convertEstimate)).toContainText('node_modules: devDependencies');
    const first = lab.byTestId(testIds.convertHunk(0));
    await expect(first).toContainText('gets a name');
    await expect(first.getByRole('link', {name: 'Why'})).toHaveAttribute('href', '/tutorial/naming-stages#naming');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await first.getByRole('button', {name: /Apply change 1/}).click();
    await expect(lines).toContainText('FROM node:24 AS build');
    await expect(lines).not.toContainText('AS runtime');
    await expect(lab.byTestId(testIds.convertHunk(0))).not.toContainText('gets a name');

    // Each applied change is an editor edit: Ctrl+Z in the editor takes it back, and so does Undo.
    await lab.editor.locator('.view-line', {hasText: 'EXPOSE'}).click();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(lines).not.toContainText('AS build');
    await first.getByRole('button', {name: /Apply change 1/}).click();
    await expect(lines).toContainText('FROM node:24 AS build');
    await lab.byTestId(testIds.convertUndo).click();
    await expect(lines).not.toContainText('AS build');
    await expect(lab.byTestId(testIds.convertHunk(0))).toContainText('gets a name');
  });

  test('applies the whole proposal and shares the result', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const {lab} = await openWithSingleStage(page);
    await lab.byTestId(testIds.convertSuggest).click();
    await lab.byTestId(testIds.convertApplyAll).click();
    await expect(lab.editor.locator('.view-lines')).toContainText('FROM node:24-slim AS runtime');
    await expect(lab.byTestId(testIds.convertPanel)).toContainText('now matches the proposal');
    await expect(lab.stageList).toContainText('runtime');

    await lab.byTestId(testIds.copyLink).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const other = new PlaygroundPage(await context.newPage());
    await other.page.goto(link);
    await other.lab.waitUntilEditable();
    await expect(other.lab.editor.locator('.view-lines')).toContainText('FROM node:24-slim AS runtime');
  });

  test('declines a file that is already split, and is not offered on exercise pages', async ({page}) => {
    const playground = new PlaygroundPage(page);
    await playground.open();
    await playground.lab.byTestId(testIds.convertSuggest).click();
    await expect(playground.lab.byTestId(testIds.convertDeclined)).toContainText('already has 3 stages');
    await expect(playground.lab.byTestId(testIds.convertHunk(0))).toHaveCount(0);

    const exercise = new ExercisePage(page, 'node-multi-stage');
    await page.goto('/exercises/node-multi-stage');
    await exercise.lab.waitUntilEditable();
    await expect(page.getByTestId(testIds.convertSuggest)).toHaveCount(0);
  });
});

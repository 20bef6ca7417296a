import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from '@playwright/test';
import {compressToEncodedURIComponent} from 'lz-string';
import {editorOf, expect, seriousAxeViolations, setColorMode, setEditorText, test} from './fixtures';

const exerciseDir = path.resolve(__dirname, '../../src/exercises');
const solution = (id: string) => readFileSync(path.join(exerciseDir, id, 'solution.Dockerfile'), 'utf8');
const editor = editorOf;

async function openExercise(page: Page, id: string, hash = ''): Promise<void> {
  await page.goto(`/exercises/${id}${hash}`);
  await expect(editor(page)).toHaveAttribute('data-ready', 'true', {timeout: 20_000});
}

test('typing the model solution passes every required check', async ({page}) => {
  await openExercise(page, 'node-multi-stage');
  await setEditorText(page, solution('node-multi-stage'));
  await page.getByTestId('exercise-check').click();
  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-status', 'pass');
  const required = page.locator('[data-testid^="check-"][data-required="true"]');
  await expect(required).toHaveCount(8);
  for (const result of await required.all()) await expect(result).toHaveAttribute('data-status', 'pass');
  await expect(page.getByRole('link', {name: /Next exercise/})).toHaveAttribute('href', '/exercises/go-multi-stage');
});

test('a wrong answer fails the right check, with a line to jump to', async ({page}) => {
  await openExercise(page, 'node-multi-stage');
  const wrong = solution('node-multi-stage').replace(/COPY --from=build \/app\/dist \.\/dist/, 'COPY . .');
  expect(wrong).not.toBe(solution('node-multi-stage'));
  await setEditorText(page, wrong);
  await page.getByTestId('exercise-check').click();
  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-status', 'fail');
  const noSource = page.getByTestId('check-no-source-in-runtime');
  await expect(noSource).toHaveAttribute('data-status', 'fail');
  await expect(noSource).toContainText('COPY . .');
  await expect(page.getByTestId('check-multiple-stages')).toHaveAttribute('data-status', 'pass');
  await noSource.getByRole('button', {name: /Go to line/}).click();
  await expect(editor(page).locator('.monaco-editor.focused')).toBeVisible();
});

test('Ctrl+Enter checks from inside the editor, and progress survives a reload', async ({page}) => {
  await openExercise(page, 'go-multi-stage');
  await setEditorText(page, solution('go-multi-stage'));
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-status', 'pass');
  await page.waitForTimeout(600);
  await page.reload();
  await expect(editor(page)).toHaveAttribute('data-ready', 'true', {timeout: 20_000});
  await expect(page.getByText(/1 check so far · passed before/)).toBeVisible();
  await page.goto('/exercises');
  await expect(page.locator('[data-exercise="go-multi-stage"]')).toHaveAttribute('data-progress', 'passed');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', {name: 'Reset progress'}).click();
  await expect(page.locator('[data-exercise="go-multi-stage"]')).toHaveAttribute('data-progress', 'new');
});

test('a corrupt progress entry is ignored without a console error', async ({page}) => {
  await page.addInitScript(() => {
    localStorage.setItem('stagecraft:v1:progress:node-multi-stage', '{"v":1,"data":{"attempts":"many"}}');
    localStorage.setItem('stagecraft:v1:progress:go-multi-stage', 'not json at all');
    localStorage.setItem('stagecraft:v1:editor:exercise:node-multi-stage', '{"v":99,"data":{}}');
  });
  await page.goto('/exercises');
  await expect(page.locator('[data-exercise="node-multi-stage"]')).toHaveAttribute('data-progress', 'new');
  await openExercise(page, 'node-multi-stage');
  await page.getByTestId('exercise-check').click();
  await expect(page.getByText('1 check so far')).toBeVisible();
});

test('everything works with the keyboard alone', async ({page}) => {
  await openExercise(page, 'fix-the-mistakes');
  await page.getByTestId('exercise-check').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-status', 'fail');
  await expect(page.getByTestId('check-copy-from-defined-stage')).toHaveAttribute('data-status', 'fail');
  const hint = page.getByRole('button', {name: /Show a hint/});
  await hint.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Hint 1.')).toBeVisible();
  await page.getByRole('button', {name: 'Show the solution'}).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Differences between your Dockerfile and the solution')).toBeVisible();
  await page.getByTestId('check-copy-from-defined-stage').getByRole('button', {name: /Go to line/}).focus();
  await page.keyboard.press('Enter');
  await expect(editor(page).locator('.monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="dockerfile-editor"]') === null)).toBe(true);
});

test('a shared attempt opens from #code=', async ({page}) => {
  await openExercise(page, 'test-stage', `#code=${compressToEncodedURIComponent(solution('test-stage'))}`);
  await page.getByTestId('exercise-check').click();
  await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-status', 'pass');
});

for (const id of ['copy-paths', 'secret-mount']) {
  test(`${id}: Before you start comes above the lab, and the model solution passes`, async ({page}) => {
    await openExercise(page, id);
    const before = page.getByRole('heading', {name: 'Before you start'});
    const beforeBox = await before.boundingBox();
    const editorBox = await editor(page).boundingBox();
    expect(beforeBox && editorBox && beforeBox.y < editorBox.y).toBe(true);
    await setEditorText(page, solution(id));
    await page.getByTestId('exercise-check').click();
    await expect(page.getByTestId('exercise-verdict')).toHaveAttribute('data-status', 'pass');
  });
}

test('predict-the-build grades the stages ticked against the engine', async ({page}) => {
  await page.goto('/exercises/predict-the-build');
  const first = page.locator('form[data-question="default-target-buildkit"]');
  for (const stage of ['deps', 'build', 'runtime']) await first.getByRole('checkbox', {name: new RegExp(`^${stage}\\b`)}).check();
  await first.getByRole('button', {name: 'Check my answer'}).click();
  await expect(page.getByTestId('prediction-default-target-buildkit')).toHaveAttribute('data-status', 'pass');
  const second = page.locator('form[data-question="default-target-legacy"]');
  await second.getByRole('checkbox', {name: /^deps\b/}).check();
  await second.getByRole('button', {name: 'Check my answer'}).click();
  await expect(page.getByTestId('prediction-default-target-legacy')).toHaveAttribute('data-status', 'fail');
});

for (const mode of ['light', 'dark'] as const) {
  test(`an exercise page with results has no serious or critical axe violations in ${mode} mode`, async ({page}) => {
    await setColorMode(page, mode);
    await openExercise(page, 'node-multi-stage');
    await page.getByTestId('exercise-check').click();
    await page.getByRole('button', {name: /Show a hint/}).click();
    await page.getByRole('button', {name: 'Show the solution'}).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

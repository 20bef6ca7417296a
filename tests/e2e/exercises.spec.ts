import {readFileSync} from 'node:fs';
import path from 'node:path';
import {compressToEncodedURIComponent} from 'lz-string';
import {analyze} from '../../src/core';
import {encodeStored} from '../../src/components/lib/storage';
import {expect, seriousAxeViolations, setColorMode, test} from './fixtures';
import {ExerciseIndexPage, ExercisePage} from './pages/exercise';
import {readStorage, writeStorage} from './pages/storage';

test('typing the model solution passes every required check', async ({page}) => {
  const exercise = new ExercisePage(page, 'node-multi-stage');
  await exercise.open();
  await exercise.lab.setText(exercise.file('solution'));
  await exercise.check();
  await expect(exercise.verdict).toHaveAttribute('data-status', 'pass');
  await expect(exercise.requiredResults).toHaveCount(8);
  for (const result of await exercise.requiredResults.all()) await expect(result).toHaveAttribute('data-status', 'pass');
  await expect(page.getByRole('link', {name: /Next exercise/})).toHaveAttribute('href', '/exercises/go-multi-stage');
});

test('a wrong answer fails the right check, with a line to jump to', async ({page}) => {
  const exercise = new ExercisePage(page, 'node-multi-stage');
  await exercise.open();
  const solution = exercise.file('solution');
  const wrong = solution.replace(/COPY --from=build \/app\/dist \.\/dist/, 'COPY . .');
  expect(wrong).not.toBe(solution);
  await exercise.lab.setText(wrong);
  await exercise.check();
  await expect(exercise.verdict).toHaveAttribute('data-status', 'fail');
  const noSource = exercise.result('no-source-in-runtime');
  await expect(noSource).toHaveAttribute('data-status', 'fail');
  await expect(noSource).toContainText('COPY . .');
  await expect(exercise.result('multiple-stages')).toHaveAttribute('data-status', 'pass');
  await noSource.getByRole('button', {name: /Go to line/}).click();
  await expect(exercise.lab.editor.locator('.monaco-editor.focused')).toBeVisible();
});

test('Ctrl+Enter checks from inside the editor, and progress survives a reload', async ({page}) => {
  const exercise = new ExercisePage(page, 'go-multi-stage');
  await exercise.open();
  await exercise.lab.setText(exercise.file('solution'));
  await page.keyboard.press('Control+Enter');
  await expect(exercise.verdict).toHaveAttribute('data-status', 'pass');
  await expect.poll(() => readStorage(page, exercise.storageKeys.progress)).toContain('"passed":true');
  await page.reload();
  await exercise.lab.waitUntilEditable();
  await expect(page.getByText(/1 check so far · passed before/)).toBeVisible();
  const list = new ExerciseIndexPage(page);
  await list.goto();
  await expect(list.row('go-multi-stage')).toHaveAttribute('data-progress', 'passed');
  await list.resetProgress();
  await expect(list.row('go-multi-stage')).toHaveAttribute('data-progress', 'new');
  expect(await readStorage(page, exercise.storageKeys.progress)).toBeNull();
});

test('saved progress is read, and a corrupt entry is ignored without a console error', async ({page}) => {
  const node = new ExercisePage(page, 'node-multi-stage');
  const go = new ExercisePage(page, 'go-multi-stage');
  const testStage = new ExercisePage(page, 'test-stage');
  const valid = {attempts: 3, passed: true, lastFile: null, updatedAt: 1};
  await writeStorage(page, {
    // A valid entry, read under the same kind of key: proof that the corrupt ones below are read too.
    [testStage.storageKeys.progress]: encodeStored(valid),
    [node.storageKeys.progress]: encodeStored({...valid, attempts: 'many'}),
    [go.storageKeys.progress]: 'not json at all',
    [node.storageKeys.editor]: '{"v":99,"data":{"text":"FROM alpine:3.24 AS stale\\n","target":null}}',
  });
  const list = new ExerciseIndexPage(page);
  await list.goto();
  await expect(list.row('test-stage')).toHaveAttribute('data-progress', 'passed');
  await expect(list.row('node-multi-stage')).toHaveAttribute('data-progress', 'new');
  await expect(list.row('go-multi-stage')).toHaveAttribute('data-progress', 'new');
  await node.open();
  await expect(node.lab.editor.locator('.view-lines')).toContainText(node.file('start').split('\n')[0]!);
  await expect(node.lab.editor).not.toContainText('stale');
  await node.check();
  await expect(page.getByText('1 check so far')).toBeVisible();
});

test('everything works with the keyboard alone', async ({page}) => {
  const exercise = new ExercisePage(page, 'fix-the-mistakes');
  await exercise.open();
  await exercise.checkButton.focus();
  await page.keyboard.press('Enter');
  await expect(exercise.verdict).toHaveAttribute('data-status', 'fail');
  await expect(exercise.result('copy-from-defined-stage')).toHaveAttribute('data-status', 'fail');
  const hint = page.getByRole('button', {name: /Show a hint/});
  await hint.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Hint 1.')).toBeVisible();
  await page.getByRole('button', {name: 'Show the solution'}).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Differences between your Dockerfile and the solution')).toBeVisible();
  // .first(): the root's own line; the failures it explains sit inside its entry with lines of their own.
  await exercise
    .result('copy-from-defined-stage')
    .getByRole('button', {name: /Go to line/})
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(exercise.lab.editor.locator('.monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await exercise.lab.focusLeftEditor()).toBe(true);
});

test('a shared attempt opens from #code=', async ({page}) => {
  const exercise = new ExercisePage(page, 'test-stage');
  await exercise.open(`#code=${compressToEncodedURIComponent(exercise.file('solution'))}`);
  await exercise.check();
  await expect(exercise.verdict).toHaveAttribute('data-status', 'pass');
});

for (const id of ['copy-paths', 'secret-mount']) {
  test(`${id}: Before you start comes above the lab, and the model solution passes`, async ({page}) => {
    const exercise = new ExercisePage(page, id);
    await exercise.open();
    const beforeBox = await page.getByRole('heading', {name: 'Before you start'}).boundingBox();
    const editorBox = await exercise.lab.editor.boundingBox();
    expect(beforeBox && editorBox && beforeBox.y < editorBox.y).toBe(true);
    await exercise.lab.setText(exercise.file('solution'));
    await exercise.check();
    await expect(exercise.verdict).toHaveAttribute('data-status', 'pass');
  });
}

test('predict-the-build grades the stages ticked against the engine', async ({page}) => {
  const exercise = new ExercisePage(page, 'predict-the-build');
  await exercise.goto();
  // The right answer comes from the engine, read from the question's own Dockerfile, never typed here.
  const analysis = analyze(readFileSync(path.resolve(__dirname, '../../src/exercises/predict-the-build/questions/node-test-stage.Dockerfile'), 'utf8'));
  const built = analysis.builtStages.map((index) => analysis.stages[index]!.name!);
  const first = page.locator('form[data-question="default-target-buildkit"]');
  for (const stage of built) await first.getByRole('checkbox', {name: new RegExp(`^${stage}\\b`)}).check();
  await first.getByRole('button', {name: 'Check my answer'}).click();
  await expect(exercise.prediction('default-target-buildkit')).toHaveAttribute('data-status', 'pass');
  // The legacy builder builds more than one stage here, so ticking only the first is wrong.
  expect(analysis.legacyBuiltStages.length).toBeGreaterThan(1);
  const second = page.locator('form[data-question="default-target-legacy"]');
  await second.getByRole('checkbox', {name: new RegExp(`^${analysis.stages[0]!.name}\\b`)}).check();
  await second.getByRole('button', {name: 'Check my answer'}).click();
  await expect(exercise.prediction('default-target-legacy')).toHaveAttribute('data-status', 'fail');
});

for (const mode of ['light', 'dark'] as const) {
  test(`an exercise page with results has no serious or critical axe violations in ${mode} mode`, async ({page}) => {
    await setColorMode(page, mode);
    const exercise = new ExercisePage(page, 'node-multi-stage');
    await exercise.open();
    await exercise.check();
    await page.getByRole('button', {name: /Show a hint/}).click();
    await page.getByRole('button', {name: 'Show the solution'}).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

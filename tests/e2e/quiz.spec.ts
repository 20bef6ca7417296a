import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Locator, Page} from '@playwright/test';
import {answerInFinalImage, answerWhichStages} from '../../src/components/StageQuiz/grade';
import {toQuizBuild} from '../../src/components/StageQuiz/quizBuild';
import {readQuizzes, type AuthoredQuestion} from '../content/quizBlocks';
import {expect, seriousAxeViolations, setColorMode, test} from './fixtures';

const docsDir = path.resolve(__dirname, '../../docs/tutorial');
const newPages: Record<string, string> = {
  '/tutorial/arg-scope': path.join(docsDir, '06a-arg-scope/index.mdx'),
  '/tutorial/modern-buildkit': path.join(docsDir, '11a-modern-buildkit/index.mdx'),
};

/** The quiz questions of a chapter, in page order, as written in its MDX. */
function questionsOf(file: string): AuthoredQuestion[] {
  return readQuizzes(readFileSync(file, 'utf8')).flatMap((quiz) => quiz.questions);
}

/** The stages the engine says a question's command builds, and every stage offered. */
function stagesAnswer(question: AuthoredQuestion): {built: string[]; all: string[]} {
  const answer = answerWhichStages(question.dockerfile!, toQuizBuild(question.props));
  return {built: answer.built.map((i) => answer.choices[i]!.label), all: answer.choices.map((c) => c.label)};
}

/** Whether the engine says a path question's path is in the final image. */
function pathAnswer(question: AuthoredQuestion): boolean {
  return answerInFinalImage(question.dockerfile!, toQuizBuild(question.props), question.props.path!).present;
}

const modernQuestions = questionsOf(newPages['/tutorial/modern-buildkit']!);

/** Scrolls to a question and waits for its answer form, which loads when the reader gets near it. */
async function openQuestion(page: Page, index: number): Promise<Locator> {
  const question = page.locator('[data-quiz-question]').nth(index);
  await question.scrollIntoViewIfNeeded();
  await expect(question.getByRole('button', {name: 'Check my answer'})).toBeVisible({timeout: 20_000});
  return question;
}

/** A stage's checkbox, named "<stage> (line N)". */
function stageBox(question: Locator, label: string): Locator {
  return question.getByRole('checkbox', {name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(line \\d+\\)$`)});
}

/** Gives the engine's own answer with the mouse. */
async function answerRight(question: Locator, authored: AuthoredQuestion): Promise<void> {
  if (authored.kind === 'WhichStages') {
    for (const label of stagesAnswer(authored).built) await stageBox(question, label).check();
  } else {
    await question.getByRole('radio', {name: pathAnswer(authored) ? 'Yes' : 'No'}).check();
  }
  await question.getByRole('button', {name: 'Check my answer'}).click();
}

/** Sets each stage checkbox to the wanted state with the keyboard only, then checks the answer with Enter. */
async function answerWithKeyboard(page: Page, question: Locator, labels: readonly string[], ticked: ReadonlySet<string>): Promise<void> {
  await question.getByRole('checkbox').first().focus();
  for (const label of labels) {
    const box = stageBox(question, label);
    await expect(box).toBeFocused();
    if ((await box.isChecked()) !== ticked.has(label)) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  await expect(question.getByRole('button', {name: 'Check my answer'})).toBeFocused();
  await page.keyboard.press('Enter');
}

test('a stages question is answered with the keyboard and graded by the engine, wrong then right', async ({page}) => {
  expect(modernQuestions[0]?.kind).toBe('WhichStages');
  const {built, all} = stagesAnswer(modernQuestions[0]!);
  expect(built.length, 'the question skips at least one stage').toBeLessThan(all.length);
  await page.goto('/tutorial/modern-buildkit');
  const question = await openQuestion(page, 0);
  const feedback = question.getByTestId('quiz-feedback');

  await answerWithKeyboard(page, question, all, new Set(all));
  await expect(feedback).toHaveAttribute('data-status', 'fail');
  await expect(feedback).toContainText('Not quite');
  await expect(feedback).toContainText('does not build');
  await expect(question.locator('[aria-live="polite"]')).toContainText('Not quite');

  await answerWithKeyboard(page, question, all, new Set(built));
  await expect(feedback).toHaveAttribute('data-status', 'pass');
  await expect(feedback).toContainText('Right: BuildKit builds');
});

test('a path question is answered with the arrow keys and explains where the path comes from', async ({page}) => {
  const authored = modernQuestions[2]!;
  expect(authored.kind).toBe('InFinalImage');
  await page.goto('/tutorial/modern-buildkit');
  const question = await openQuestion(page, 2);
  const feedback = question.getByTestId('quiz-feedback');
  const yes = question.getByRole('radio', {name: 'Yes'});
  const no = question.getByRole('radio', {name: 'No'});
  const check = question.getByRole('button', {name: 'Check my answer'});

  await check.focus();
  await page.keyboard.press('Enter');
  await expect(question.getByRole('alert')).toHaveText('Choose Yes or No first.');

  await yes.focus();
  await page.keyboard.press('Space');
  await expect(yes).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(no).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(check).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(feedback).toHaveAttribute('data-status', pathAnswer(authored) ? 'fail' : 'pass');

  await no.focus();
  await page.keyboard.press('ArrowUp');
  await expect(yes).toBeChecked();
  await check.focus();
  await page.keyboard.press('Enter');
  await expect(feedback).toHaveAttribute('data-status', pathAnswer(authored) ? 'pass' : 'fail');
  await expect(feedback).toContainText(authored.props.path!);
});

test.describe('the new chapters', () => {
  Object.entries(newPages).forEach(([route, mdx], pageIndex) => {
    // tutorial.spec.ts draws every page's graphs in the default (light) mode; this covers dark mode.
    test(`${route} draws every live editor's graph in dark mode`, async ({page}) => {
      test.setTimeout(120_000);
      await setColorMode(page, 'dark');
      await page.goto(route);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      const labs = page.locator('[data-dockerfile-lab]');
      expect(await labs.count()).toBeGreaterThan(2);
      for (const lab of await labs.all()) {
        await lab.scrollIntoViewIfNeeded();
        const graph = lab.getByTestId('stage-graph');
        await graph.scrollIntoViewIfNeeded();
        await expect(graph.locator('svg')).toBeVisible({timeout: 20_000});
        expect(Number(await graph.getAttribute('data-stage-count'))).toBeGreaterThan(0);
      }
    });

    // One colour mode per chapter, alternating: the two new chapters share components, so together they cover both.
    for (const mode of [pageIndex % 2 === 0 ? 'light' : 'dark'] as const) {
      test(`${route} with its first editor open and quiz feedback, right and wrong, has no serious or critical axe violations in ${mode} mode`, async ({
        page,
      }) => {
        // axe over a long page with Monaco and several graphs takes tens of seconds on a busy machine.
        test.setTimeout(120_000);
        await setColorMode(page, mode);
        await page.goto(route);
        await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
        const lab = page.locator('[data-dockerfile-lab]').first();
        await lab.scrollIntoViewIfNeeded();
        await lab.getByRole('button', {name: 'Edit', exact: true}).click();
        await expect(lab.getByTestId('dockerfile-editor')).toHaveAttribute('data-ready', 'true', {timeout: 20_000});
        await expect(lab.getByTestId('stage-graph')).not.toHaveAttribute('data-stage-count', '0');
        const wrong = await openQuestion(page, 0);
        await wrong.getByRole('button', {name: 'Check my answer'}).click();
        await expect(wrong.getByTestId('quiz-feedback')).toHaveAttribute('data-status', 'fail');
        const right = await openQuestion(page, 1);
        await answerRight(right, questionsOf(mdx)[1]!);
        await expect(right.getByTestId('quiz-feedback')).toHaveAttribute('data-status', 'pass');
        expect(await seriousAxeViolations(page)).toEqual([]);
      });
    }

    test(`${route} fits a 375 px wide phone, editors and quiz included`, async ({page}) => {
      await page.setViewportSize({width: 375, height: 800});
      await page.goto(route);
      const question = await openQuestion(page, 0);
      await expect(question).toBeInViewport();
      const lab = page.locator('[data-dockerfile-lab]').first();
      await lab.scrollIntoViewIfNeeded();
      await expect(lab.getByTestId('stage-graph').locator('svg')).toBeVisible({timeout: 20_000});
      const {scrollWidth, clientWidth} = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      const box = (await question.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    });
  });
});

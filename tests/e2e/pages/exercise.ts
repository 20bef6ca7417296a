import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Locator, Page} from '@playwright/test';
import {exerciseEditorKey, progressKey} from '../../../src/components/Exercise/progress';
import {fullKey} from '../../../src/components/lib/storage';
import {testIds} from '../../../src/components/testIds';
import {Lab} from './lab';

const exerciseDir = path.resolve(__dirname, '../../../src/exercises');

/** One exercise's page: a lab, the Check button, each check's result and the verdict. */
export class ExercisePage {
  readonly lab: Lab;

  constructor(
    readonly page: Page,
    readonly id: string,
  ) {
    this.lab = new Lab(page);
  }

  /** The exercise's own files: `start.Dockerfile` or `solution.Dockerfile`. */
  file(name: 'start' | 'solution'): string {
    return readFileSync(path.join(exerciseDir, this.id, `${name}.Dockerfile`), 'utf8');
  }

  /** The localStorage keys of this exercise's progress and of its editor's autosave. */
  get storageKeys(): {progress: string; editor: string} {
    return {progress: fullKey(progressKey(this.id)), editor: fullKey(exerciseEditorKey(this.id))};
  }

  async goto(hash = ''): Promise<void> {
    await this.page.goto(`/exercises/${this.id}${hash}`);
  }

  /** Opens the page and waits for the live editor. */
  async open(hash = ''): Promise<void> {
    await this.goto(hash);
    await this.lab.waitUntilEditable();
  }

  get checkButton(): Locator {
    return this.page.getByTestId(testIds.exerciseCheck);
  }

  get verdict(): Locator {
    return this.page.getByTestId(testIds.exerciseVerdict);
  }

  result(checkId: string): Locator {
    return this.page.getByTestId(testIds.checkResult(checkId));
  }

  get requiredResults(): Locator {
    return this.page.locator(`[data-testid^="${testIds.checkResult('')}"][data-required="true"]`);
  }

  prediction(questionId: string): Locator {
    return this.page.getByTestId(testIds.prediction(questionId));
  }

  async check(): Promise<void> {
    await this.checkButton.click();
  }
}

/** The exercise list at /exercises, with this browser's progress per exercise. */
export class ExerciseIndexPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/exercises');
  }

  /** An exercise's row; `data-progress` is new, started or passed. */
  row(id: string): Locator {
    return this.page.locator(`[data-exercise="${id}"]`);
  }

  async resetProgress(): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.page.getByRole('button', {name: 'Reset progress'}).click();
  }
}

import {expect, type Locator, type Page} from '@playwright/test';
import {testIds} from '../../../src/components/testIds';

/**
 * One live Dockerfile lab (editor, stage graph, stage list, toolbar, contents panel) inside `scope`: the
 * whole page where there is one lab (playground, exercise), or one lab's container in a chapter.
 */
export class Lab {
  constructor(
    readonly page: Page,
    private readonly scope: Page | Locator = page,
  ) {}

  /** Monaco once loaded, or the static block before it (`data-ready` says which). */
  get editor(): Locator {
    return this.scope.getByTestId(testIds.editor).first();
  }

  get graph(): Locator {
    return this.scope.getByTestId(testIds.stageGraph).first();
  }

  get stageList(): Locator {
    return this.scope.getByTestId(testIds.stageList).first();
  }

  get targetSelect(): Locator {
    return this.scope.getByTestId(testIds.targetSelect);
  }

  get buildCommand(): Locator {
    return this.scope.getByTestId(testIds.buildCommand);
  }

  get contentsPanel(): Locator {
    return this.scope.getByTestId(testIds.contentsPanel);
  }

  get editButton(): Locator {
    return this.scope.getByRole('button', {name: 'Edit'}).first();
  }

  stageNode(index: number): Locator {
    return this.graph.getByTestId(testIds.stageNode(index));
  }

  byTestId(testId: string): Locator {
    return this.scope.getByTestId(testId);
  }

  /** The text of every drawn stage node. */
  nodeLabels(): Promise<string[]> {
    return this.graph.locator('g.node').allTextContents();
  }

  async waitUntilEditable(): Promise<void> {
    await expect(this.editor).toHaveAttribute('data-ready', 'true', {timeout: 20_000});
  }

  /** Scrolls the graph into view (it draws only near the screen) and waits for its first drawing. */
  async waitForGraph(): Promise<void> {
    await this.graph.scrollIntoViewIfNeeded();
    await expect(this.graph.locator('svg')).toBeVisible({timeout: 20_000});
  }

  /** Replaces the editor's text as a paste would (no auto-closing brackets or auto-indent). */
  async setText(text: string): Promise<void> {
    await this.editor.locator('.monaco-editor').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
  }

  /** Puts the cursor at the end of the first editor line containing `text`. */
  async placeCursorAfter(text: string): Promise<void> {
    await this.editor.locator('.view-line', {hasText: text}).click();
    await this.page.keyboard.press('End');
  }

  /** True when keyboard focus is outside the editor. */
  focusLeftEditor(): Promise<boolean> {
    return this.page.evaluate((editorId) => document.activeElement?.closest(`[data-testid="${editorId}"]`) === null, testIds.editor);
  }
}

import {expect, type Locator, type Page} from '@playwright/test';
import {Lab} from './lab';

/** A tutorial chapter: prose with any number of labs (loaded when near) and ```mermaid diagrams. */
export class ChapterPage {
  constructor(readonly page: Page) {}

  async goto(route: string): Promise<void> {
    await this.page.goto(route);
  }

  /** Every lab's container, in page order. */
  get labContainers(): Locator {
    return this.page.locator('[data-dockerfile-lab]');
  }

  lab(index: number): Lab {
    return new Lab(this.page, this.labContainers.nth(index));
  }

  lastLab(): Lab {
    return new Lab(this.page, this.labContainers.last());
  }

  /** Scrolls to a lab and waits for its stage graph. */
  async drawLab(index: number): Promise<Lab> {
    await this.labContainers.nth(index).scrollIntoViewIfNeeded();
    const lab = this.lab(index);
    await lab.waitForGraph();
    return lab;
  }

  /** The chapter's ```mermaid diagrams (their slots, present before drawing). */
  get diagrams(): Locator {
    return this.page.locator('[data-mermaid-slot]');
  }

  /** Scrolls to a diagram and waits until it is drawn. */
  async drawDiagram(index: number): Promise<void> {
    const slot = this.diagrams.nth(index);
    await slot.scrollIntoViewIfNeeded();
    await expect(slot.locator('.docusaurus-mermaid-container svg')).toBeVisible({timeout: 20_000});
  }
}

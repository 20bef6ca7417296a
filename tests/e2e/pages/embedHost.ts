import type {FrameLocator, Page} from '@playwright/test';
import {embedHeightMessage, embedUrl} from '../../../src/components/Embed/embedSnippet';
import {testIds} from '../../../src/components/testIds';
import {defaultSimulation} from '../../../src/core/plan/simulationInputs';

/** A path the site does not serve: the test answers it with a stand-in for a team's docs page. */
const hostPath = '/__test-embed-host.html';

/**
 * A page of "someone else's docs" with one iframe per theme, each showing the same Dockerfile through
 * /embed. Its script sizes each iframe from the embed's height messages, as the docs tell hosts to.
 */
export class EmbedHostPage {
  constructor(readonly page: Page) {}

  async open(code: string, target: string | null, themes: readonly ('light' | 'dark')[]): Promise<void> {
    const frames = themes
      .map(
        (theme) =>
          `<iframe id="${theme}" title="Stage graph, ${theme}" src="${embedUrl('', {code, target, simulation: defaultSimulation}, theme)}" width="600" height="50" style="border: 0"></iframe>`,
      )
      .join('\n');
    const html = `<!doctype html><html lang="en"><head><title>Team docs</title></head><body><main><h1>Our build</h1>${frames}</main>
<script>
  window.heights = {};
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || !event.data || event.data.type !== '${embedHeightMessage}') return;
    const frame = [...document.querySelectorAll('iframe')].find((candidate) => candidate.contentWindow === event.source);
    frame.style.height = event.data.height + 'px';
    window.heights[frame.id] = event.data.height;
  });
</script></body></html>`;
    await this.page.route(`**${hostPath}`, (route) => route.fulfill({contentType: 'text/html', body: html}));
    await this.page.goto(hostPath);
  }

  frame(theme: 'light' | 'dark'): FrameLocator {
    return this.page.frameLocator(`iframe#${theme}`);
  }

  graph(theme: 'light' | 'dark') {
    return this.frame(theme).getByTestId(testIds.stageGraph);
  }

  /** The last height the embed reported to this page, or undefined. */
  reportedHeight(theme: 'light' | 'dark'): Promise<number | undefined> {
    return this.page.evaluate((id) => (window as unknown as {heights: Record<string, number>}).heights[id], theme);
  }

  /** The iframe's height as the host page laid it out. */
  frameHeight(theme: 'light' | 'dark'): Promise<number> {
    return this.page.locator(`iframe#${theme}`).evaluate((frame) => frame.getBoundingClientRect().height);
  }
}

import type {Page} from '@playwright/test';
import {darkCodeTheme, lightCodeTheme} from '../../src/prismThemes';
import {expect, setColorMode, test} from './fixtures';

const chapter = '/tutorial/first-multi-stage-build';

async function waitForHydration(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
}

/** Each highlighted <pre> (code blocks, and the labs' and quizzes' static code) as the page's HTML has it, parsed by the browser. */
async function serverCodeBlocks(page: Page, route: string): Promise<string[]> {
  const html = await (await page.request.get(route)).text();
  return page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'text/html');
    return [...document.querySelectorAll('pre.prism-code')].map((pre) => pre.outerHTML);
  }, html);
}

function colorOf(theme: typeof lightCodeTheme, type: string): string {
  const color = theme.styles.filter((rule) => rule.types.includes(type)).at(-1)?.style.color ?? '';
  if (color.startsWith('rgb(')) return color;
  const hex = color;
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

test('code blocks and static code keep the HTML the page came with when it hydrates in light mode', async ({page}) => {
  await setColorMode(page, 'light');
  const server = await serverCodeBlocks(page, chapter);
  expect(server.length).toBeGreaterThan(3);
  await page.goto(chapter);
  await waitForHydration(page);
  // Re-rendered tokens would carry React's style serialisation ("color: rgb(…)") instead of the server's markup.
  const live = await page.locator('pre.prism-code').evaluateAll((pres) => pres.map((pre) => pre.outerHTML));
  expect(live).toEqual(server);
  const block = page.locator('.theme-code-block').filter({hasText: 'FROM alpine'}).first();
  await expect(block.locator('.token.keyword').first()).toHaveCSS('color', colorOf(lightCodeTheme, 'keyword'));
});

test('code blocks take the dark colours on a dark page and follow a switch back to light', async ({page}) => {
  await setColorMode(page, 'dark');
  await page.goto(chapter);
  await waitForHydration(page);
  const block = page.locator('.theme-code-block').filter({hasText: 'FROM alpine'}).first();
  const keyword = block.locator('.token.keyword').first();
  await expect(keyword).toHaveCSS('color', colorOf(darkCodeTheme, 'keyword'));
  await expect(block.locator('pre')).toHaveCSS('background-color', 'rgb(40, 42, 54)');
  const quizCode = page.locator('pre.prism-code[aria-label]').last();
  await expect(quizCode).toHaveCSS('background-color', 'rgb(40, 42, 54)');
  await expect(quizCode.locator('.token').first()).toBeAttached();

  await page.getByRole('button', {name: /Switch between dark and light mode/}).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(keyword).toHaveCSS('color', colorOf(lightCodeTheme, 'keyword'));
  await expect(block.locator('pre')).toHaveCSS('background-color', 'rgb(246, 248, 250)');
  await expect(block.locator('pre')).toContainText('FROM alpine');
});

test('a page reached by client-side navigation highlights its code blocks', async ({page}) => {
  await page.goto('/tutorial/why-multi-stage-builds');
  await waitForHydration(page);
  await page.locator('a.pagination-nav__link--next').click();
  await expect(page).toHaveURL(new RegExp(`${chapter}$`));
  const block = page.locator('.theme-code-block').filter({hasText: 'FROM alpine'}).first();
  await expect(block.locator('.token.keyword').first()).toHaveCSS('color', colorOf(lightCodeTheme, 'keyword'));
  expect(await block.locator('.token').count()).toBeGreaterThan(3);
});

test('copy and word wrap work on a kept code block at 375 px', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({width: 375, height: 800});
  await page.goto(chapter);
  await waitForHydration(page);
  // The C program: its longest line overflows at 375 px, so the block offers word wrap.
  const block = page.locator('.theme-code-block').filter({hasText: 'puts('}).first();
  await block.scrollIntoViewIfNeeded();
  await block.getByRole('button', {name: 'Copy code to clipboard'}).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('#include <stdio.h>\n')).toBe(true);
  expect(copied).toContain('puts("Built in one stage');

  const wrap = block.getByRole('button', {name: 'Toggle word wrap'});
  await wrap.click();
  await expect(block.locator('code')).toHaveCSS('white-space', 'pre-wrap');
  await wrap.click();
  await expect(block.locator('code')).not.toHaveCSS('white-space', 'pre-wrap');
});

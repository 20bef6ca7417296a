import type {Page} from '@playwright/test';
import {editorOf, expect, setEditorText, test} from './fixtures';

const editor = editorOf;
const panel = (page: Page) => page.getByTestId('contents-panel');

async function openPlayground(page: Page): Promise<void> {
  await page.goto('/playground');
  await expect(editor(page)).toHaveAttribute('data-ready', 'true', {timeout: 20_000});
}

const nodeFile = (runtime: string) =>
  [
    'FROM node:20 AS build',
    'WORKDIR /app',
    'COPY package.json package-lock.json ./',
    'RUN npm ci',
    'COPY . .',
    'RUN npm run build',
    '',
    `FROM ${runtime}`,
    'WORKDIR /app',
    'COPY --from=build /app/dist ./dist',
    'CMD ["node", "dist/server.js"]',
    '',
  ].join('\n');

test('the contents panel follows the final FROM: node:20, then node:20-alpine', async ({page}) => {
  await openPlayground(page);
  await setEditorText(page, nodeFile('node:20'));
  await expect(panel(page)).toContainText('node:20 (Debian, Node.js toolchain)');
  const full = Number(await panel(page).getAttribute('data-final-bytes'));
  await setEditorText(page, nodeFile('node:20-alpine'));
  await expect(panel(page)).toContainText('node:20-alpine');
  await expect.poll(async () => Number(await panel(page).getAttribute('data-final-bytes'))).toBeLessThan(full);
  const alpine = Number(await panel(page).getAttribute('data-final-bytes'));
  expect(alpine).toBeGreaterThan(100_000_000);
  await expect(panel(page)).toContainText(/instead of ≈ [\d.]+ GB \(−\d+%\)/);
  await expect(panel(page).getByText('Left behind in builder stages')).toBeVisible();
  await expect(panel(page)).toContainText('devDependencies');
});

test('an image nobody knows is "unknown", never a made-up size', async ({page}) => {
  await openPlayground(page);
  await setEditorText(page, nodeFile('registry.example.com/team/custom-runtime:7'));
  await expect(panel(page)).toContainText('size unknown');
  expect(await panel(page).getAttribute('data-final-bytes')).toBeNull();
  await expect(panel(page).locator('[data-category="base-image"]').first()).toContainText('unknown');
});

test('the assumption behind each figure is one click away', async ({page}) => {
  await openPlayground(page);
  const item = panel(page).locator('li[data-category="base-image"]').first();
  await item.locator('summary').click();
  await expect(item.locator('p')).toContainText(/catalog|docker-library|estimate/i);
  await panel(page).getByText('How these sizes are estimated').click();
  await expect(panel(page)).toContainText('uncompressed linux/amd64');
});

import type {Page} from '@playwright/test';
import {expect, test} from './fixtures';
import {PlaygroundPage} from './pages/playground';

async function openPlayground(page: Page): Promise<PlaygroundPage> {
  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.lab.waitUntilEditable();
  return playground;
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
  const {lab} = await openPlayground(page);
  const panel = lab.contentsPanel;
  await lab.setText(nodeFile('node:20'));
  await expect(panel).toContainText('node:20 (Debian, Node.js toolchain)');
  const full = Number(await panel.getAttribute('data-final-bytes'));
  await lab.setText(nodeFile('node:20-alpine'));
  await expect(panel).toContainText('node:20-alpine');
  await expect.poll(async () => Number(await panel.getAttribute('data-final-bytes'))).toBeLessThan(full);
  const alpine = Number(await panel.getAttribute('data-final-bytes'));
  expect(alpine).toBeGreaterThan(100_000_000);
  await expect(panel).toContainText(/instead of ≈ [\d.]+ GB \(−\d+%\)/);
  await expect(panel.getByText('Left behind in builder stages')).toBeVisible();
  await expect(panel).toContainText('devDependencies');
  // The catalog has both sizes for node:20-alpine: the base image shows what is on disk and what a pull downloads.
  await expect(panel.locator('li[data-category="base-image"]').first()).toContainText(/≈ [\d.]+ MB on disk, ≈ [\d.]+ MB to pull/);
  // On scratch, every part of the final image is of unknown size: no saving is claimed.
  await lab.setText(nodeFile('scratch'));
  await expect(panel).toContainText('no saving can be worked out');
  await expect(panel).not.toContainText('instead of');
});

test('an image nobody knows is "unknown", never a made-up size', async ({page}) => {
  const {lab} = await openPlayground(page);
  const panel = lab.contentsPanel;
  await lab.setText(nodeFile('registry.example.com/team/custom-runtime:7'));
  await expect(panel).toContainText('size unknown');
  expect(await panel.getAttribute('data-final-bytes')).toBeNull();
  await expect(panel.locator('[data-category="base-image"]').first()).toContainText('unknown');
});

test('the assumption behind each figure is one click away', async ({page}) => {
  const {lab} = await openPlayground(page);
  const panel = lab.contentsPanel;
  const item = panel.locator('li[data-category="base-image"]').first();
  await item.locator('summary').click();
  await expect(item.locator('p')).toContainText(/catalog|docker-library|estimate/i);
  await panel.getByText('How these sizes are estimated').click();
  await expect(panel).toContainText('uncompressed linux/amd64');
});

import {expect, test} from './fixtures';

test('a docs page copies its Markdown and a link to each section, by keyboard too', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/tutorial/target');
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await page.getByRole('button', {name: 'Copy page as Markdown'}).click();
  await expect(page.getByRole('status').filter({hasText: 'Markdown copied.'})).toBeVisible();
  const markdown = await clipboard();
  expect(markdown.startsWith('# Building one stage with --target\n')).toBe(true);
  expect(markdown).not.toMatch(/^slug:/m);

  const heading = page.locator('h2[id]').first();
  const id = await heading.getAttribute('id');
  const copyLink = heading.getByRole('button', {name: /^Copy link to section/});
  await expect(copyLink).toHaveCSS('opacity', '0');
  await copyLink.focus();
  // In the tab order: away with Shift+Tab and back with Tab.
  await page.keyboard.press('Shift+Tab');
  await expect(copyLink).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(copyLink).toBeFocused();
  await expect(copyLink).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(heading.getByRole('status')).toHaveText('Link copied');
  expect(await clipboard()).toBe(`${new URL(page.url()).origin}/tutorial/target#${id}`);

  const llms = await page.request.get('/llms.txt');
  expect(llms.ok()).toBe(true);
  expect(await llms.text()).toContain('- [Building one stage with --target](https://stagecraft.dev/tutorial/target.md)');
});

import {expect, test} from './fixtures';
import {firstSearchSuggestion} from './pages/search';

test.use({serviceWorkers: 'allow'});

test('after one visit the site works without a network: other pages, search and the lab', async ({page, context}) => {
  await page.goto('/tutorial/why-multi-stage-builds');
  // The service worker is active once its install step has stored the whole site.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);

  await page.goto('/tutorial/target');
  await expect(page.locator('h1')).toHaveText('Building one stage with --target');

  const suggestion = await firstSearchSuggestion(page, 'distroless');
  // The index loads from the cache and is built in the page first: slower than online on a busy machine.
  await expect(suggestion).toBeVisible({timeout: 30_000});
  await suggestion.click();
  await expect(page).toHaveURL(/\/tutorial\//);

  await page.goto('/playground');
  await expect(page.getByTestId('stage-graph').locator('svg')).toBeVisible();
});

import type {Locator, Page} from '@playwright/test';

/** Types a word into the navbar's local search and returns its first suggestion (to wait for, then click). */
export async function firstSearchSuggestion(page: Page, word: string): Promise<Locator> {
  const search = page
    .getByRole('combobox', {name: /search/i})
    .or(page.getByPlaceholder(/search/i))
    .first();
  await search.fill(word);
  return page.locator('.aa-suggestion, [role="option"]').first();
}

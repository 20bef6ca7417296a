import type {Page} from '@playwright/test';

/** Reads one localStorage key in the page (null when absent). */
export function readStorage(page: Page, key: string): Promise<string | null> {
  return page.evaluate((name) => window.localStorage.getItem(name), key);
}

/**
 * Writes localStorage entries from the home page, which has no editor: nothing on it autosaves, so the
 * entries are exactly what the next page reads.
 */
export async function writeStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.goto('/');
  await page.evaluate((values) => {
    for (const [key, value] of Object.entries(values)) window.localStorage.setItem(key, value);
  }, entries);
}

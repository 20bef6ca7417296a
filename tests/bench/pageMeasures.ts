/**
 * What the site bench measures on one page, in headless Chromium or the Lighthouse CLI, the same way for the
 * site and for the bare reference. Each call opens a fresh browser context: a cold cache every time.
 */
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import path from 'node:path';
import {chromium, type Browser, type Page, type Request} from '@playwright/test';
import {chromiumFlags, systemChromiumPath} from '../e2e/browser';

const root = path.resolve(__dirname, '../..');

async function withPage<T>(browser: Browser, measure: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await measure(await context.newPage());
  } finally {
    await context.close();
  }
}

export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="stage-graph"]')?.getAttribute('data-stage-count') !== '0' &&
      document.querySelector('[data-testid="stage-graph"] svg') !== null,
    undefined,
    {timeout: 60_000},
  );
}

/**
 * KB of gzipped JS the page runs (not the chunks it only prefetches for other routes): once the network is
 * idle, or with `waitForGraph`, what had arrived when the first graph was drawn (Monaco follows the graph).
 */
export function pageJsKb(browser: Browser, url: string, options: {waitForGraph?: boolean} = {}): Promise<number> {
  return withPage(browser, async (page) => {
    const sizes: Promise<number>[] = [];
    const collect = (request: Request) => {
      if (request.resourceType() !== 'script' || !new URL(request.url()).pathname.endsWith('.js')) return;
      // NaN rather than an unhandled rejection when the context closes first: the sum then says n/a.
      sizes.push(
        request.sizes().then(
          (s) => s.responseBodySize,
          () => Number.NaN,
        ),
      );
    };
    page.on('requestfinished', collect);
    await page.goto(url);
    if (options.waitForGraph) await waitForGraph(page);
    else await page.waitForLoadState('networkidle');
    page.off('requestfinished', collect);
    return (await Promise.all(sizes)).reduce((total, bytes) => total + bytes, 0) / 1024;
  });
}

/** Milliseconds from navigation to the end of the load event, cold. */
export function coldLoadMs(browser: Browser, url: string): Promise<number> {
  return withPage(browser, async (page) => {
    await page.goto(url, {waitUntil: 'load'});
    // A string, not a function: tsx would wrap inner arrow functions in a helper the page lacks.
    await page.waitForFunction(`performance.getEntriesByType('navigation')[0].loadEventEnd > 0`);
    return (await page.evaluate(`performance.getEntriesByType('navigation')[0].loadEventEnd`)) as number;
  });
}

/**
 * Milliseconds from navigation to the first stage graph on screen, cold: when the server's HTML shows a predrawn
 * graph (an image from static/graphs/), the later of the first contentful paint and that image's arrival; else
 * the first graph mermaid drew.
 */
export function firstGraphMs(browser: Browser, url: string): Promise<number> {
  return withPage(browser, async (page) => {
    const response = await page.goto(url);
    const predrawn = /src="?[^\s">]*\/graphs\/[0-9a-f]{16}\.light\.svg/.test((await response?.text()) ?? '');
    await waitForGraph(page);
    const figure = predrawn
      ? `Math.max(performance.getEntriesByName('first-contentful-paint')[0].startTime, performance.getEntriesByType('resource').find((entry) => entry.name.includes('/graphs/')).responseEnd)`
      : `performance.getEntriesByName('stagecraft:graph-drawn')[0]?.startTime ?? NaN`;
    return (await page.evaluate(figure)) as number;
  });
}

/**
 * The reference for keystroke latency: from a keystroke in a plain text field on the bare page to the next
 * frame after it. It is what the machine and browser cost before any work of ours.
 */
export function keystrokeToFrameMs(browser: Browser, url: string, runs: number): Promise<number[]> {
  return withPage(browser, async (page) => {
    await page.goto(url, {waitUntil: 'load'});
    await page.evaluate(`(() => {
      const field = document.createElement('input');
      field.id = 'bench-field';
      document.body.prepend(field);
      field.addEventListener('keydown', () => (window.lastKey = performance.now()), true);
      field.addEventListener('input', () => requestAnimationFrame(() => (window.framed = performance.now() - window.lastKey)));
    })()`);
    await page.focus('#bench-field');
    const figures: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.evaluate('window.framed = undefined');
      await page.keyboard.type('x');
      await page.waitForFunction('window.framed !== undefined');
      figures.push((await page.evaluate('window.framed')) as number);
    }
    return figures;
  });
}

export interface LighthouseFigures {
  performance: number;
  tbt: number;
  lcp: number;
}

/**
 * Lighthouse mobile, via its CLI in its own Node process (under tsx, functions Lighthouse sends to the page
 * would carry a helper the page lacks), with the same Chromium and flags as the tests.
 */
export async function lighthouseMobile(url: string): Promise<LighthouseFigures> {
  const args = [
    path.join(root, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance',
    `--chrome-flags=--headless=new ${chromiumFlags.join(' ')}`,
  ];
  // Asynchronous: the static servers answering Lighthouse run in this very process.
  const {stdout} = await promisify(execFile)(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {...process.env, CHROME_PATH: systemChromiumPath() ?? chromium.executablePath()},
  });
  const lhr = JSON.parse(stdout) as {categories: Record<string, {score: number | null}>; audits: Record<string, {numericValue?: number}>};
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
  };
}

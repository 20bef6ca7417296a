import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {createIdleQueue, type ScheduleIdle} from './idleQueue';

/**
 * Docusaurus prefetches the page behind every link that scrolls into view, at once: on a chapter that is the
 * whole sidebar, in the seconds after load, each one matching the route table and adding <link rel=prefetch>
 * tags (a quarter of the page's main-thread work after load on a throttled phone profile). The same prefetches
 * run here in the browser's idle periods instead, so they no longer block a reader's first taps and scrolls, and
 * each file is asked for once (prefetchOnce.ts).
 * Hovering a link still loads its page at once (Docusaurus's preload, untouched).
 */
type DocusaurusGlobal = {prefetch: (routePath: string) => unknown; preload: (routePath: string) => unknown};
type WithDocusaurus = {docusaurus?: DocusaurusGlobal};

const scheduleIdle: ScheduleIdle = (callback) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, {timeout: 3000});
  else setTimeout(() => callback({didTimeout: true, timeRemaining: () => 0}), 200);
};

let deferred = false;

function deferPrefetches(): void {
  const docusaurus = (window as unknown as WithDocusaurus).docusaurus;
  if (deferred || !docusaurus || typeof docusaurus.prefetch !== 'function') return;
  deferred = true;
  const enqueue = createIdleQueue((routePath) => void docusaurus.prefetch(routePath), scheduleIdle);
  // Docusaurus's object is frozen, so a copy with a deferring prefetch takes its place (links read it at each call).
  (window as unknown as WithDocusaurus).docusaurus = {
    ...docusaurus,
    prefetch: (routePath: string) => {
      enqueue(routePath);
      return true;
    },
  };
}

/** Runs in the first render's layout phase, after Docusaurus has set window.docusaurus and before links are observed. */
export function onRouteDidUpdate(): void {
  if (ExecutionEnvironment.canUseDOM) deferPrefetches();
}

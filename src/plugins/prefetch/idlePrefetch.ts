import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type {ScheduleIdle} from './idleQueue';
import type {PrefetchRuntime} from './prefetchRuntime';

/**
 * Docusaurus prefetches the page behind every link that scrolls into view, at once: on a chapter that is the
 * whole sidebar, in the seconds after load, each one matching the route table and adding <link rel=prefetch>
 * tags, mostly for files the page already has or another link already asked for (a quarter of the page's
 * main-thread work after load on a throttled phone profile, and requests that compete with the page's own). The
 * same pages are prefetched here in the browser's idle periods, each file once (chunkPrefetch), by code that
 * itself loads in the page's first idle period (prefetchRuntime), so that every page's `main` stays small. Hovering
 * a link still loads its page at once (Docusaurus's preload).
 */
type DocusaurusGlobal = {prefetch: (routePath: string) => unknown; preload: (routePath: string) => unknown};
type WithDocusaurus = {docusaurus?: DocusaurusGlobal};

const scheduleIdle: ScheduleIdle = (callback) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, {timeout: 3000});
  else setTimeout(() => callback({didTimeout: true, timeRemaining: () => 0}), 200);
};

let runtime: PrefetchRuntime | null = null;
let runtimeRequested = false;
/** What links and pages asked for before the runtime arrived, handed to it in order. */
const waiting: Array<{kind: 'prefetch' | 'loaded'; routePath: string}> = [];

function loadRuntime(): void {
  if (runtimeRequested) return;
  runtimeRequested = true;
  scheduleIdle(() => {
    import('./prefetchRuntime').then(
      ({createPrefetchRuntime}) => {
        runtime = createPrefetchRuntime(scheduleIdle);
        for (const {kind, routePath} of waiting.splice(0)) {
          if (kind === 'loaded') runtime.markLoaded(routePath);
          else runtime.prefetch(routePath);
        }
      },
      // Offline before the site was stored, say: prefetching is only ever a head start.
      () => undefined,
    );
  });
}

function handOver(kind: 'prefetch' | 'loaded', routePath: string): void {
  if (runtime === null) {
    waiting.push({kind, routePath});
    loadRuntime();
  } else if (kind === 'loaded') runtime.markLoaded(routePath);
  else runtime.prefetch(routePath);
}

let deferred = false;

function deferPrefetches(): void {
  const docusaurus = (window as unknown as WithDocusaurus).docusaurus;
  if (deferred || !docusaurus || typeof docusaurus.prefetch !== 'function') return;
  deferred = true;
  // Docusaurus's object is frozen, so a copy with a deferring prefetch takes its place (links read it at each call).
  (window as unknown as WithDocusaurus).docusaurus = {
    ...docusaurus,
    prefetch: (routePath: string) => {
      handOver('prefetch', routePath);
      return true;
    },
  };
}

/**
 * Runs in each page's first render's layout phase, after Docusaurus has set window.docusaurus and before links
 * are observed: the page's own files count as fetched.
 */
export function onRouteDidUpdate({location}: {location: {pathname: string}}): void {
  if (!ExecutionEnvironment.canUseDOM) return;
  deferPrefetches();
  if (deferred) handOver('loaded', location.pathname);
}

import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {whenQuiet} from './whenQuiet';

/**
 * Registers the PWA plugin's service worker with offline mode on (its `?params=` are what that worker
 * reads). Our own few lines instead of the plugin's registration: where service workers are unavailable
 * or blocked, the site simply stays online-only, with nothing logged as an error. A new version's worker
 * waits until every tab of the old one is closed, so no open page mixes two builds' files.
 *
 * Installing the worker stores the whole site, which takes seconds of the machine's time: on a two-core
 * machine it made the lab's first keystrokes twice as slow. So it starts only once the page has loaded and
 * the reader has paused (no key, click, scroll or touch) for a few seconds.
 */
const quietBeforeInstallMs = 5000;

if (ExecutionEnvironment.canUseDOM && process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator) {
  const params = encodeURIComponent(JSON.stringify({offlineMode: true, debug: false}));
  whenQuiet(() => {
    navigator.serviceWorker?.register(`/sw.js?params=${params}`).catch(() => undefined);
  }, quietBeforeInstallMs);
}

import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/**
 * Registers the PWA plugin's service worker with offline mode on (its `?params=` are what that worker
 * reads). Our own few lines instead of the plugin's registration: where service workers are unavailable
 * or blocked, the site simply stays online-only, with nothing logged as an error. A new version's worker
 * waits until every tab of the old one is closed, so no open page mixes two builds' files.
 */
if (ExecutionEnvironment.canUseDOM && process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator) {
  const params = encodeURIComponent(JSON.stringify({offlineMode: true, debug: false}));
  navigator.serviceWorker?.register(`/sw.js?params=${params}`).catch(() => undefined);
}

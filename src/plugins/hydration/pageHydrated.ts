import {markPageHydrated} from '@site/src/components/lib/keptServerHtml';

/** Docusaurus calls this in the layout phase of each page's first render; the first call ends hydration. */
export function onRouteDidUpdate(): void {
  markPageHydrated();
}

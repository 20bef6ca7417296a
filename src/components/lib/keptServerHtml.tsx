import {useCallback, useLayoutEffect, useRef, useState, type ComponentPropsWithoutRef, type ReactNode, type RefObject} from 'react';
import {usePrismTheme} from '@docusaurus/theme-common';

interface Hydrated {
  theme: unknown;
  inputs: readonly unknown[];
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

let pageHydrated = false;

/**
 * Called when the page's first render has committed (src/plugins/hydration/pageHydrated.ts, a client module's
 * onRouteDidUpdate, which runs in that commit's layout phase): every block rendered before it was hydrating, every
 * block rendered after it is new. Not useIsBrowser, which turns true in a transition a little later (a page reached
 * by client-side navigation before then has no server HTML to keep), and not React's server snapshot of
 * useSyncExternalStore, whose mismatch forces a synchronous re-render just after hydration.
 */
export function markPageHydrated(): void {
  pageHydrated = true;
}

/**
 * Whether a highlighted block may keep the HTML the server rendered instead of drawing it again: from
 * hydration on, for as long as the Prism theme (the server draws with the light one) and `inputs` (what the
 * block shows) are the ones it hydrated with. A block mounted later (client-side navigation) draws itself.
 * Prism tokenising every block again, and React building a fiber per token, is most of the cost of hydrating
 * a page of code; once anything changes, the block redraws and stays drawn by React.
 */
export function useKeptServerHtml(inputs: readonly unknown[]): {kept: boolean; lose: () => void} {
  const theme = usePrismTheme();
  const [hydrated, setHydrated] = useState<Hydrated | null>(() => (!pageHydrated && typeof window !== 'undefined' ? {theme, inputs} : null));
  const matches = hydrated !== null && hydrated.theme === theme && sameInputs(hydrated.inputs, inputs);
  // A render-phase update of derived state: once something changed, the block stays with React's drawing.
  if (hydrated !== null && !matches) setHydrated(null);
  const lose = useCallback(() => setHydrated(null), []);
  return {kept: matches, lose};
}

type KeptServerPreProps = Omit<ComponentPropsWithoutRef<'pre'>, 'children' | 'dangerouslySetInnerHTML'> & {
  /** Where the caller needs the element too (Docusaurus's word-wrap button measures it). */
  preRef?: RefObject<HTMLPreElement | null>;
  /** Called when there is no server HTML to keep (see below): the caller draws the block instead. */
  onMissing: () => void;
};

/**
 * The <pre> a block renders, with the server's children adopted: React leaves an element's contents alone when
 * they come from dangerouslySetInnerHTML. The attributes must be the ones the full rendering gives, since
 * hydration does not correct them. An element React had to create afresh (after a hydration mismatch
 * elsewhere) is empty, and the block is then drawn after all.
 */
export function KeptServerPre({preRef, onMissing, ...attributes}: KeptServerPreProps): ReactNode {
  const ownRef = useRef<HTMLPreElement | null>(null);
  const ref = preRef ?? ownRef;
  useLayoutEffect(() => {
    if (ref.current?.childNodes.length === 0) onMissing();
  }, [ref, onMissing]);
  return <pre ref={ref} {...attributes} dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />;
}

import {useCallback, useLayoutEffect, useState, type RefObject} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {usePrismTheme} from '@docusaurus/theme-common';

interface Hydrated {
  theme: unknown;
  inputs: readonly unknown[];
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * Whether a highlighted block may keep the HTML the server rendered instead of drawing it again: from
 * hydration on, for as long as the Prism theme (the server draws with the light one) and `inputs` (what the
 * block shows) are the ones it hydrated with. A block mounted later (client-side navigation) draws itself.
 * Prism tokenising every block again, and React building a fiber per token, is most of the cost of hydrating
 * a page of code; once anything changes, the block redraws and stays drawn by React.
 */
export function useKeptServerHtml(inputs: readonly unknown[]): {kept: boolean; lose: () => void} {
  const isBrowser = useIsBrowser();
  const theme = usePrismTheme();
  // Hydration is the one render in a browser where useIsBrowser() is still false.
  const [hydrated, setHydrated] = useState<Hydrated | null>(() => (!isBrowser && typeof window !== 'undefined' ? {theme, inputs} : null));
  const matches = hydrated !== null && hydrated.theme === theme && sameInputs(hydrated.inputs, inputs);
  // A render-phase update of derived state: once something changed, the block stays with React's drawing.
  if (hydrated !== null && !matches) setHydrated(null);
  const lose = useCallback(() => setHydrated(null), []);
  return {kept: matches, lose};
}

/**
 * Gives the kept HTML up when there is none: an element React had to create afresh (after a hydration
 * mismatch elsewhere) is empty, and `dangerouslySetInnerHTML` would leave it so.
 */
export function useLoseWhenEmpty(element: RefObject<HTMLElement | null>, lose: () => void): void {
  useLayoutEffect(() => {
    if (element.current?.childNodes.length === 0) lose();
  }, [element, lose]);
}

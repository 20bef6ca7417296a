import {createContext, createElement, startTransition, useEffect, useState, type ReactNode} from 'react';

/** Docusaurus's `useIsBrowser` reads this context (the bundler puts this module in place of core's own). */
export const Context = createContext(false);

/**
 * Docusaurus's provider of `useIsBrowser`, false while the page hydrates and true after, with one difference: the
 * switch to true is a transition. Everything that renders differently in a browser (every code block's buttons,
 * the labs, the search hints) re-renders then; as an ordinary update that was one render of the whole page in a
 * single task, the longest task after hydration on a chapter. As a transition React renders it in slices and
 * lets a reader's tap go first.
 */
export function BrowserContextProvider({children}: {children: ReactNode}): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return createElement(Context.Provider, {value: isBrowser}, children);
}

import {useEffect, useState, type RefObject} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

/**
 * True once the element has come within `margin` of the viewport (and stays true). Used to load the
 * editor, Monaco and mermaid only when a reader gets near them.
 */
export function useInView(ref: RefObject<Element | null>, margin = '300px'): boolean {
  const [inView, setInView] = useState(false);
  // A browser without IntersectionObserver loads everything at once (after hydration, like the others).
  const unobservable = useIsBrowser() && typeof IntersectionObserver === 'undefined';
  useEffect(() => {
    const element = ref.current;
    if (inView || unobservable || !element) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setInView(true);
          observer.disconnect();
        }
      },
      {rootMargin: margin},
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, inView, unobservable]);
  return inView || unobservable;
}

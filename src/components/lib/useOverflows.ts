import {useEffect, useState, type RefObject} from 'react';

/**
 * Whether the element's content is larger than its box (it scrolls), checked again when its size or
 * `content` changes. A scrolling region needs to be reachable with the keyboard (WCAG 2.1.1; axe's
 * scrollable-region-focusable), and only then, so labs that fit add no tab stop.
 */
export function useOverflows(ref: RefObject<HTMLElement | null>, content: unknown): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => setOverflows(element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, content]);
  return overflows;
}

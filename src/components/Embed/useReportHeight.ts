import {useEffect} from 'react';
import {embedHeightMessage, type EmbedHeightMessage} from './embedSnippet';

/**
 * Tells the host page how tall the embed is, on load and whenever the content changes size, so the host
 * can size its iframe. The message carries only a number, so it goes to any origin: the embed cannot know
 * which site hosts it.
 */
export function useReportHeight(element: HTMLElement | null): void {
  useEffect(() => {
    if (element === null || window.parent === window) return undefined;
    let last = -1;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: EmbedHeightMessage = {type: embedHeightMessage, height};
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [element]);
}

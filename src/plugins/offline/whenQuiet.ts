/** What `whenQuiet` needs of the page (the window, or a stand-in in tests). */
export interface QuietPage {
  document: {readyState: DocumentReadyState};
  addEventListener: (type: string, listener: () => void, options?: AddEventListenerOptions) => void;
  removeEventListener: (type: string, listener: () => void, options?: EventListenerOptions) => void;
  requestIdleCallback?: (callback: () => void, options?: {timeout: number}) => number;
}

/** The reader is busy while any of these happen; element scrolls reach the window in the capture phase. */
const activity = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Runs `work` once, after the page's load event, when the reader has done nothing for `quietMs`, and then at
 * the browser's next idle moment. Any key, click, wheel, touch or scroll starts the wait again.
 */
export function whenQuiet(work: () => void, quietMs: number, page: QuietPage = window): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const capture = {capture: true} as const;
  const run = () => {
    for (const type of activity) page.removeEventListener(type, restart, capture);
    if (page.requestIdleCallback) page.requestIdleCallback(work, {timeout: quietMs});
    else work();
  };
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(run, quietMs);
  };
  const start = () => {
    for (const type of activity) page.addEventListener(type, restart, {capture: true, passive: true});
    restart();
  };
  if (page.document.readyState === 'complete') start();
  else page.addEventListener('load', start, {once: true});
}

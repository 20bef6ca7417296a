/** What requestIdleCallback hands its callback (a stand-in gives `didTimeout: true` where the browser has none). */
export interface IdleDeadlineLike {
  didTimeout: boolean;
  timeRemaining(): number;
}

export type ScheduleIdle = (callback: (deadline: IdleDeadlineLike) => void) => void;

/** Idle time left below which the next item waits for the next idle period: an item takes a few milliseconds. */
const minimumIdleMs = 4;

/**
 * A queue that runs `work` on each item in the browser's idle periods, as many as fit in each, in the order they
 * came and each once. When the browser gives a period no time (it timed out), one item runs, so the queue still
 * drains on a page that is never idle.
 */
export function createIdleQueue(work: (item: string) => void, scheduleIdle: ScheduleIdle): (item: string) => void {
  const waiting: string[] = [];
  const seen = new Set<string>();
  let scheduled = false;
  const drain = (deadline: IdleDeadlineLike) => {
    scheduled = false;
    let ranOne = false;
    while (waiting.length > 0 && (deadline.timeRemaining() > minimumIdleMs || (deadline.didTimeout && !ranOne))) {
      work(waiting.shift()!);
      ranOne = true;
    }
    if (waiting.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    scheduleIdle(drain);
  };
  return (item) => {
    if (seen.has(item)) return;
    seen.add(item);
    waiting.push(item);
    schedule();
  };
}

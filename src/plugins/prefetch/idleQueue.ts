/** What requestIdleCallback hands its callback (a stand-in gives `didTimeout: true` where the browser has none). */
export interface IdleDeadlineLike {
  didTimeout: boolean;
  timeRemaining(): number;
}

export type ScheduleIdle = (callback: (deadline: IdleDeadlineLike) => void) => void;

/** Idle time left below which the next item waits for the next idle period: an item takes a few milliseconds. */
const minimumIdleMs = 4;
/**
 * Longest stretch one idle period spends on the queue. The browser may offer up to 50 ms, but a tap that lands
 * in a drain waits for it to end, and on a slow phone a few items already come near the 50 ms that make a long task.
 */
const maxDrainMs = 5;

/**
 * A queue that runs `work` on each item in the browser's idle periods, as many as fit in each (and in
 * `maxDrainMs`), in the order they came and each once. When the browser gives a period no time (it timed out),
 * one item runs, so the queue still drains on a page that is never idle.
 */
export function createIdleQueue(work: (item: string) => void, scheduleIdle: ScheduleIdle, now: () => number = () => performance.now()): (item: string) => void {
  const waiting: string[] = [];
  const seen = new Set<string>();
  let scheduled = false;
  const hasTime = (deadline: IdleDeadlineLike, startedAt: number) => deadline.timeRemaining() > minimumIdleMs && now() - startedAt < maxDrainMs;
  const drain = (deadline: IdleDeadlineLike) => {
    scheduled = false;
    const startedAt = now();
    if (waiting.length > 0 && (deadline.didTimeout || hasTime(deadline, startedAt))) {
      do work(waiting.shift()!);
      while (waiting.length > 0 && hasTime(deadline, startedAt));
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

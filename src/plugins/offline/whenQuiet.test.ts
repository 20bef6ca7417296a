import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {whenQuiet, type QuietPage} from './whenQuiet';

/** A page stand-in: an event target with a ready state, and idle callbacks run at once. */
function fakePage(readyState: DocumentReadyState, idle = true): QuietPage & EventTarget & {idleCalls: number} {
  const target = new EventTarget() as EventTarget & QuietPage & {idleCalls: number};
  target.document = {readyState};
  target.idleCalls = 0;
  if (idle) {
    target.requestIdleCallback = (callback) => {
      target.idleCalls++;
      callback();
      return 1;
    };
  }
  return target;
}

describe('whenQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the load event, then for the quiet period, then for an idle moment', () => {
    const page = fakePage('loading');
    const work = vi.fn();
    whenQuiet(work, 3000, page);
    vi.advanceTimersByTime(10_000);
    expect(work).not.toHaveBeenCalled();
    page.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(2999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    expect(page.idleCalls).toBe(1);
  });

  it('starts the wait again on every key, click, wheel, touch or scroll, and runs once', () => {
    const page = fakePage('complete');
    const work = vi.fn();
    whenQuiet(work, 3000, page);
    for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart', 'scroll']) {
      vi.advanceTimersByTime(2500);
      page.dispatchEvent(new Event(type));
    }
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3000);
    expect(work).toHaveBeenCalledTimes(1);
    page.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(10_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs without an idle callback where the browser has none', () => {
    const page = fakePage('complete', false);
    const work = vi.fn();
    whenQuiet(work, 1000, page);
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });
});

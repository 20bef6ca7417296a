import {describe, expect, it} from 'vitest';
import {createIdleQueue, type IdleDeadlineLike} from './idleQueue';

/** A fake idle scheduler: the test runs each requested idle period by hand, with the time it offers. */
function fakeIdle() {
  const pending: Array<(deadline: IdleDeadlineLike) => void> = [];
  return {schedule: (callback: (deadline: IdleDeadlineLike) => void) => void pending.push(callback), pending};
}

describe('the idle prefetch queue', () => {
  it('runs nothing at once, then as many items as each idle period has time for, in order', () => {
    const idle = fakeIdle();
    const done: string[] = [];
    let left = 0;
    const enqueue = createIdleQueue(
      (item) => {
        done.push(item);
        left -= 5;
      },
      idle.schedule,
      () => 0,
    );
    for (const path of ['/a', '/b', '/c', '/d']) enqueue(path);
    expect(done).toEqual([]);
    expect(idle.pending).toHaveLength(1);
    left = 12;
    idle.pending.shift()!({didTimeout: false, timeRemaining: () => left});
    expect(done).toEqual(['/a', '/b']);
    left = 50;
    idle.pending.shift()!({didTimeout: false, timeRemaining: () => left});
    expect(done).toEqual(['/a', '/b', '/c', '/d']);
    expect(idle.pending).toHaveLength(0);
  });

  it('stops a drain after 5 ms however long the idle period, and goes on in the next one', () => {
    const idle = fakeIdle();
    const done: string[] = [];
    let clock = 0;
    const enqueue = createIdleQueue(
      (item) => {
        done.push(item);
        clock += 2;
      },
      idle.schedule,
      () => clock,
    );
    for (const path of ['/a', '/b', '/c', '/d', '/e']) enqueue(path);
    idle.pending.shift()!({didTimeout: false, timeRemaining: () => 50});
    expect(done).toEqual(['/a', '/b', '/c']);
    expect(idle.pending).toHaveLength(1);
    idle.pending.shift()!({didTimeout: false, timeRemaining: () => 50});
    expect(done).toEqual(['/a', '/b', '/c', '/d', '/e']);
    expect(idle.pending).toHaveLength(0);
  });

  it('runs one item per period that timed out with no idle time, so a busy page still drains', () => {
    const idle = fakeIdle();
    const done: string[] = [];
    const enqueue = createIdleQueue((item) => done.push(item), idle.schedule);
    enqueue('/a');
    enqueue('/b');
    idle.pending.shift()!({didTimeout: true, timeRemaining: () => 0});
    expect(done).toEqual(['/a']);
    idle.pending.shift()!({didTimeout: true, timeRemaining: () => 0});
    expect(done).toEqual(['/a', '/b']);
    expect(idle.pending).toHaveLength(0);
  });

  it('takes each item once and keeps one idle request pending at a time', () => {
    const idle = fakeIdle();
    const done: string[] = [];
    const enqueue = createIdleQueue((item) => done.push(item), idle.schedule);
    enqueue('/a');
    enqueue('/a');
    enqueue('/b');
    expect(idle.pending).toHaveLength(1);
    idle.pending.shift()!({didTimeout: false, timeRemaining: () => 50});
    enqueue('/a');
    expect(done).toEqual(['/a', '/b']);
    expect(idle.pending).toHaveLength(0);
  });
});

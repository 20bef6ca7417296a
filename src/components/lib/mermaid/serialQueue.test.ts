import {describe, expect, it} from 'vitest';
import {createSerialQueue} from './serialQueue';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {promise, resolve, reject};
}

describe('createSerialQueue', () => {
  it('runs tasks one at a time, in the order they were queued, whatever order they would finish in', async () => {
    const enqueue = createSerialQueue();
    const log: string[] = [];
    const slow = deferred<string>();
    const first = enqueue(async () => {
      log.push('start 1');
      const value = await slow.promise;
      log.push('end 1');
      return value;
    });
    const second = enqueue(async () => {
      log.push('start 2');
      log.push('end 2');
      return 'two';
    });
    await Promise.resolve();
    expect(log).toEqual(['start 1']);
    slow.resolve('one');
    expect(await Promise.all([first, second])).toEqual(['one', 'two']);
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('rejects only the failed task: the next one still runs', async () => {
    const enqueue = createSerialQueue();
    const failing = enqueue(() => Promise.reject(new Error('parse error')));
    const throwing = enqueue(() => {
      throw new Error('thrown before any await');
    });
    const next = enqueue(async () => 'drawn');
    await expect(failing).rejects.toThrow('parse error');
    await expect(throwing).rejects.toThrow('thrown before any await');
    await expect(next).resolves.toBe('drawn');
  });

  it('does not start a task until the failed one before it has settled', async () => {
    const enqueue = createSerialQueue();
    const gate = deferred<never>();
    const log: string[] = [];
    const failing = enqueue(() => gate.promise);
    const next = enqueue(async () => log.push('next ran'));
    await Promise.resolve();
    expect(log).toEqual([]);
    gate.reject(new Error('late failure'));
    await expect(failing).rejects.toThrow('late failure');
    await next;
    expect(log).toEqual(['next ran']);
  });
});

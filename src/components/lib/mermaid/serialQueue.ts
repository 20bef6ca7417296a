/** Queues an async task behind every task queued before it and resolves with its result. */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Runs async tasks one at a time, in the order they were queued. A task that fails (or throws) rejects its
 * own promise only: the next task still runs.
 */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
}

/** Runs async tasks with at most `limit` in flight, so loading 450 services never opens 450 reads at once. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** Creates a concurrency limiter; tasks start in the order they were queued. */
export function createLimiter(limit: number): Limiter {
  const max = Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : 1;
  let running = 0;
  const queue: Array<() => void> = [];

  const next = (): void => {
    if (running >= max) return;
    const start = queue.shift();
    if (start) start();
  };

  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        running += 1;
        let result: Promise<T>;
        try {
          result = task();
        } catch (error) {
          result = Promise.reject(error);
        }
        result.then(resolve, reject).finally(() => {
          running -= 1;
          next();
        });
      });
      next();
    });
}

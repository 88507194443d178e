/**
 * Runs an async function over a stream of items with at most `limit` calls in
 * flight and yields the results in input order: a bounded reorder buffer.
 * Memory depends on `limit`, not on how many items there are. Items are pulled
 * while earlier results are pending, so a slow source (a pipe) and slow work
 * overlap, and a result is yielded as soon as it and those before it are done.
 *
 * `fn` must not reject: turn failures into values.
 */
export async function* orderedMap<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  limit: number,
  stop?: () => boolean,
): AsyncGenerator<R> {
  const it: AsyncIterator<T> | Iterator<T> = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const queue: Promise<R>[] = [];
  let pull: Promise<IteratorResult<T>> | null = null;
  let exhausted = false;
  let index = 0;
  const max = Math.max(1, Math.floor(limit));
  try {
    for (;;) {
      if (stop?.()) return;
      if (!exhausted && pull === null && queue.length < max) pull = Promise.resolve(it.next());
      if (queue.length === 0) {
        if (pull === null) return;
        const next = await pull;
        pull = null;
        if (next.done) exhausted = true;
        else queue.push(fn(next.value, index++));
        continue;
      }
      if (pull !== null) {
        const current = pull;
        const first = await Promise.race([queue[0]!.then(() => 0), current.then(() => 1)]);
        if (first === 1) {
          const next = await current;
          pull = null;
          if (next.done) exhausted = true;
          else queue.push(fn(next.value, index++));
          continue;
        }
      }
      yield await queue.shift()!;
    }
  } finally {
    if (pull !== null) {
      // The source is busy (a pipe waiting for a line): do not wait for it.
      pull.catch(() => undefined);
      void Promise.resolve(it.return?.()).catch(() => undefined);
    } else await it.return?.();
  }
}

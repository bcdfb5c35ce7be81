// Group commit for hot statements: calls that arrive while earlier batches are in the database
// (or in the same turn of the event loop) run together as one statement. Under load a batch
// grows by itself, so the database pays its per-statement and per-commit cost once per batch
// instead of once per request; with no load a call runs alone, one loop turn later.

export interface BatcherOptions {
  /** Most items in one run. */
  maxBatch: number;
  /** Runs at once; further calls wait and join the next batch. */
  maxInFlight: number;
}

/**
 * Returns `call(item)`, resolving with the `run` output at the item's index. A run that throws
 * rejects every call of its batch; per-item failures belong in the output.
 */
export function batcher<I, O>(run: (items: I[]) => Promise<O[]>, opts: BatcherOptions): (item: I) => Promise<O> {
  type Waiting = { item: I; resolve(o: O): void; reject(e: unknown): void };
  let queue: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    while (queue.length && inFlight < opts.maxInFlight) {
      const batch = queue.slice(0, opts.maxBatch);
      queue = queue.slice(batch.length);
      inFlight += 1;
      run(batch.map((w) => w.item))
        .then(
          (out) => batch.forEach((w, i) => w.resolve(out[i]!)),
          (err) => batch.forEach((w) => w.reject(err)),
        )
        .finally(() => {
          inFlight -= 1;
          if (queue.length) schedule();
        });
    }
  };
  // setImmediate, not a microtask: it lets the requests already read from sockets join.
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      schedule();
    });
}

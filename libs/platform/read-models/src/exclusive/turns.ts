/**
 * Work under one name, one at a time, in this process: each caller waits for the
 * work queued before it under that name, whether that work succeeded or failed.
 */
export class Turns {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(name: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(name) ?? Promise.resolve();
    const result = before.then(work, work);
    const tail = result.catch(() => undefined);
    this.tails.set(name, tail);
    // The last in line clears its name, so names used once do not pile up.
    void tail.then(() => {
      if (this.tails.get(name) === tail) this.tails.delete(name);
    });
    return result;
  }
}

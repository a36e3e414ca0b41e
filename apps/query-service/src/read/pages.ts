import type { Doc, Filter, ReadModelStore, Sort } from '@xuncha/platform-read-models';

/** Every matching document, a page of 1000 at a time (exports, scopes of targets). */
export async function allDocs<T extends Doc>(
  store: ReadModelStore,
  collection: string,
  filter: Filter,
  sort?: Sort,
): Promise<T[]> {
  const docs: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.find<T>(collection, { filter, sort, limit: 1000, cursor });
    docs.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return docs;
}

/** A rate as API.md wants it: a fraction rounded to 4 decimals, 0 when nothing is counted. */
export function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

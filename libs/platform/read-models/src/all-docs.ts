import type { Doc, Filter, ReadModelStore, Sort } from './port/read-model-store.port';

/** Every matching document, a page of 1000 at a time (exports, scopes, periodic checks). */
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

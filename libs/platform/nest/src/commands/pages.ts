import type { Filter, ReadModelStore } from '@xuncha/platform-read-models';

/** A page of a list query: how many, and from which cursor. */
export interface PageRequest {
  readonly limit?: number;
  readonly cursor?: string;
}

/**
 * One page of a read model as a list answers it: `_id` as `id`, the
 * `jurisdictionPath` the reach filter uses left out, `next` when more follow.
 */
export async function pageOf<T extends { _id: string; jurisdictionPath?: unknown }>(
  readModels: ReadModelStore,
  collection: string,
  filter: Filter,
  sort: Record<string, 1 | -1>,
  request: PageRequest,
) {
  const page = await readModels.find<T>(collection, {
    filter,
    sort,
    limit: request.limit,
    cursor: request.cursor,
  });
  return {
    items: page.items.map(({ _id, jurisdictionPath: _path, ...summary }) => ({
      id: _id,
      ...summary,
    })),
    ...(page.next && { next: page.next }),
  };
}

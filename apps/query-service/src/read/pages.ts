import { InvalidCursor, type Doc, type Page } from '@xuncha/platform-read-models';

/** A rate as docs/api.md (Values) wants it: a fraction rounded to 4 decimals, 0 when nothing is counted. */
export function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

/** Keyset page over documents already in `_id` order (targets are few per scope). */
export function pageOfDocs(docs: Doc[], limit: number, cursor?: string): Page<Doc> {
  let after = '';
  if (cursor) {
    after = Buffer.from(cursor, 'base64url').toString('utf8');
    if (!after.startsWith('t:')) throw new InvalidCursor('not a cursor of this list');
  }
  const rest = docs.filter((d) => !after || d._id > after.slice(2));
  const items = rest.slice(0, limit);
  const more = rest.length > limit;
  return {
    items,
    ...(more && { next: Buffer.from(`t:${items[items.length - 1]._id}`).toString('base64url') }),
  };
}

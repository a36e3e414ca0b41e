import { createHash } from 'node:crypto';

/**
 * How a derived id sets the UUID's version and variant digits. The hash is
 * the same for every layout; each id family keeps the layout it was first
 * made with, because its ids are already stored or sent (case and inspection
 * ids, team ids, message ids, the importer's idempotency keys, the demo's ids)
 * and another layout would rename them.
 */
export interface UuidLayout {
  readonly version: 4 | 5;
  /** `hashed`: the variant digit's two free bits come from the hash; `8`: always the digit 8. */
  readonly variant: 'hashed' | '8';
}

/** Name-based (version 5 layout): the layout of ids derived from what they name. */
export const NAME_BASED: UuidLayout = { version: 5, variant: 'hashed' };

/** A UUID-shaped id from the sha256 of `seed`: the same seed always gives the same id. */
export function uuidFromHash(seed: string, layout: UuidLayout = NAME_BASED): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  const variant =
    layout.variant === 'hashed' ? ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16) : '8';
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `${layout.version}${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** The id of what `parts` name (joined by `|`): a redelivered message finds what it made. */
export function derivedUuid(...parts: string[]): string {
  return uuidFromHash(parts.join('|'));
}

import { createHash } from 'node:crypto';

/** A UUID-shaped id from a hash of its parts: the same parts always name the same thing. */
export function derivedUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('|')).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** One inspection per (round, team, target), whichever message opens it. */
export function inspectionIdOf(roundId: string, teamId: string, targetId: string): string {
  return derivedUuid('inspection', roundId, teamId, targetId);
}

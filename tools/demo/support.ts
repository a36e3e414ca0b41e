/** Small helpers of the demo loader: seeded randomness, derived keys, days. */
import { createHash } from 'node:crypto';
import { uuidFromHash } from '@xuncha/platform-kernel';

/** mulberry32: a tiny seeded generator, enough for demo figures. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  (): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** A generator of its own for each named thing, so the order work runs in changes no figure. */
export function rngFor(seed: number, name: string): Rng {
  const digest = createHash('sha256').update(`${seed}:${name}`).digest();
  const next = mulberry32(digest.readUInt32BE(0));
  const rng = (() => next()) as Rng;
  rng.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  rng.pick = (items) => items[Math.floor(next() * items.length)];
  rng.chance = (p) => next() < p;
  return rng;
}

/** A UUID (version 4 layout) from the sha256 of the seed and the step. */
export function derivedUuid(seed: number, step: string): string {
  return uuidFromHash(`xuncha-demo:${seed}:${step}`, { version: 4, variant: 'hashed' });
}

export { addDays } from '@xuncha/platform-kernel';

/** A Beijing-time instant on `day`. */
export const at = (day: string, time = '10:00:00') => `${day}T${time}+08:00`;

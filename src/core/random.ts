/**
 * The one seeded PRNG of the kit (mulberry32) and its helpers. Fixtures,
 * fault rates and anything else that must replay under a seed draw from it;
 * nothing seeded calls `Math.random` or `Date.now`.
 *
 * @example
 * const r = rng(7);
 * r.int(1, 6); // the same roll for seed 7 on every machine
 */
export interface Rng {
  (): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (() => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Rng;
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.pick = (items) => items[Math.floor(next() * items.length)];
  next.chance = (p) => next() < p;
  return next;
}

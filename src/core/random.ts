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

/** Mixed into the seed for tokens issued at run time: a stream apart from the scenarios' draws. */
const TOKEN_STREAM = 0x10_91_4e_70;

/**
 * The bytes of a token issued at run time (a login, an OAuth grant), drawn
 * from `seed` and the token's row id (and the attempt, after a collision):
 * the same seed, clock and calls issue the same tokens on any day and after
 * a restore. Random (Web Crypto) when `seed` is null, for a store built
 * without one.
 */
export function tokenBytes(length: number, seed: number | null, id: number, attempt: number): Uint8Array {
  return runtimeBytes(length, seed, Math.imul(id + attempt * 0x10000, 0x9e3779b1) ^ TOKEN_STREAM);
}

/**
 * `length` bytes for anything handed out at run time (a token, a CSRF
 * token): Web Crypto without a seed, else drawn from `seed` mixed with
 * `stream` (one stream per kind and per item), so the same seed and `--now`
 * give the same bytes.
 *
 * @example
 * const csrf = runtimeBytes(16, seed, Math.imul(n, 0x85ebca6b) ^ CSRF_STREAM);
 */
export function runtimeBytes(length: number, seed: number | null, stream: number): Uint8Array {
  const bytes = new Uint8Array(length);
  if (seed === null) crypto.getRandomValues(bytes);
  else {
    const r = rng((seed ^ stream) >>> 0);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(r() * 256);
  }
  return bytes;
}

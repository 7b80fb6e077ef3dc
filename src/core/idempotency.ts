/**
 * `Idempotency-Key` on POST /api/v1/time-entries (reference §1.7): the first
 * 201 is stored per token for 24 hours; a repeat returns the same status and
 * body and creates nothing. Keys over 128 characters (after trimming) are
 * ignored. Failed attempts are not stored, so a retry re-executes. Because
 * the engine answers one request at a time, concurrent repeats of a new key
 * create exactly one entry (stricter than the real server's race).
 *
 * Bounded: at most `maxKeys` keys (default 10,000, about 10 MB) over all
 * tokens; the oldest is forgotten first, and keys past their 24 hours are
 * dropped as the clock passes them, not only when the same key returns.
 */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
export const MAX_KEY_LENGTH = 128;
export const IDEMPOTENCY_MAX_KEYS = 10_000;

interface Stored {
  status: number;
  body: string; // serialized: a replay can never share objects with the store
  expiresAt: number;
}

export class IdempotencyStore {
  /** In insertion order, so the oldest key is first. */
  private entries = new Map<string, Stored>();

  constructor(private readonly maxKeys = IDEMPOTENCY_MAX_KEYS) {
    if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new RangeError('maxKeys must be a positive integer');
  }

  /** The usable key of a header value, or null when it is to be ignored. */
  static keyOf(header: string | undefined): string | null {
    const key = header?.trim();
    return key && key.length <= MAX_KEY_LENGTH ? key : null;
  }

  lookup(tokenId: number | string, key: string, now: number): { status: number; body: unknown } | null {
    this.sweep(now);
    const id = `${tokenId}\u0000${key}`;
    const hit = this.entries.get(id);
    if (!hit) return null;
    if (hit.expiresAt <= now) {
      this.entries.delete(id); // expired lazily, as the real server does
      return null;
    }
    return { status: hit.status, body: JSON.parse(hit.body) };
  }

  remember(tokenId: number | string, key: string, now: number, status: number, body: unknown): void {
    const id = `${tokenId}\u0000${key}`;
    this.entries.delete(id); // a re-stored key becomes the newest
    this.entries.set(id, { status, body: JSON.stringify(body), expiresAt: now + IDEMPOTENCY_TTL_MS });
    this.sweep(now);
  }

  /** Drop expired keys from the oldest end, and the oldest beyond the cap. */
  private sweep(now: number): void {
    for (const [id, e] of this.entries) {
      if (this.entries.size <= this.maxKeys && e.expiresAt > now) break;
      this.entries.delete(id);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  reset(): void {
    this.entries.clear();
  }
}

/**
 * `Idempotency-Key` on POST /api/v1/time-entries (reference §1.7): the first
 * 201 is stored per token for 24 hours; a repeat returns the same status and
 * body and creates nothing. Keys over 128 characters (after trimming) are
 * ignored. Failed attempts are not stored, so a retry re-executes. Because
 * the engine answers one request at a time, concurrent repeats of a new key
 * create exactly one entry (stricter than the real server's race).
 */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
export const MAX_KEY_LENGTH = 128;

interface Stored {
  status: number;
  body: string; // serialized: a replay can never share objects with the store
  expiresAt: number;
}

export class IdempotencyStore {
  private entries = new Map<string, Stored>();

  /** The usable key of a header value, or null when it is to be ignored. */
  static keyOf(header: string | undefined): string | null {
    const key = header?.trim();
    return key && key.length <= MAX_KEY_LENGTH ? key : null;
  }

  lookup(tokenId: number | string, key: string, now: number): { status: number; body: unknown } | null {
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
    this.entries.set(`${tokenId}\u0000${key}`, { status, body: JSON.stringify(body), expiresAt: now + IDEMPOTENCY_TTL_MS });
  }

  get size(): number {
    return this.entries.size;
  }

  reset(): void {
    this.entries.clear();
  }
}

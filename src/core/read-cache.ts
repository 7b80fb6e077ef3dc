/**
 * Encoded answers of reads that depend only on the stored data, the caller
 * and today's date (operations marked `x-mock-cache: true` in the spec):
 * serialized once, served until the next write. See
 * decisions/0004-read-cache.md. Writes, reset and restore clear it. Bounded:
 * at most `MAX_ENTRIES` answers, then it starts over.
 */
import { utf8 } from './bytes.js';

const MAX_ENTRIES = 2000;

export class ReadCache {
  private entries = new Map<string, { status: number; body: Uint8Array }>();

  constructor(readonly enabled: boolean) {}

  /** The key of a cacheable request: per caller (visibility), per day (overdue, expired), per exact URL. */
  static keyOf(account: number | string, now: number, path: string, search: string): string {
    return `${account}|${Math.floor(now / 86_400_000)}|${path}?${search}`;
  }

  get(key: string) {
    return this.entries.get(key);
  }

  /** Store the answer encoded once (UTF-8 bytes): serving it is then a plain write. */
  set(key: string, status: number, json: string): Uint8Array {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const body = utf8(json);
    this.entries.set(key, { status, body });
    return body;
  }

  clear(): void {
    if (this.entries.size > 0) this.entries.clear();
  }
}

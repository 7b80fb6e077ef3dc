/**
 * Serialized answers of reads that depend only on the stored data, the
 * caller and today's date: serialized once, served until the next write.
 * See decisions/0004-read-cache.md. Any non-GET request, reset and restore
 * clear it; reads that depend on the clock (running timers, reports
 * defaulting to "now", health, attendance, the web dashboard) are never
 * cached.
 */
import type { AuthInfo } from './context.js';
import type { OperationDef } from './spec.js';
import type { CoreRequest } from './types.js';

/** Operations whose 200 depends on stored data, the caller and the date only. */
export const CACHEABLE = new Set([
  'getInfo',
  'listProjects',
  'getProject',
  'listFavoriteProjects',
  'listClients',
  'getClient',
  'listTasks',
  'getTask',
  'listQuotes',
  'getQuote',
  'listTransfers',
  'getTransfer',
  'getValuationReport',
  'getLowStockReport',
  'getCurrentUser',
  'listUsers',
]);

const MAX_ENTRIES = 2000;

export class ReadCache {
  private entries = new Map<string, { status: number; body: Uint8Array }>();

  constructor(private readonly enabled: boolean) {}

  /** The key of a cacheable request, or null. */
  keyOf(op: OperationDef, req: CoreRequest, auth: AuthInfo | null, now: number): string | null {
    if (!this.enabled || req.method !== 'GET' || !CACHEABLE.has(op.operationId)) return null;
    // Per user (visibility), per day (overdue, expired), per exact URL.
    return `${auth?.user.id ?? 0}|${Math.floor(now / 86_400_000)}|${req.path}?${req.search}`;
  }

  get(key: string) {
    return this.entries.get(key);
  }

  /** Store the answer encoded once (UTF-8 bytes): serving it is then a plain write. */
  set(key: string, status: number, json: string): Uint8Array {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const body = Buffer.from(json, 'utf8');
    this.entries.set(key, { status, body });
    return body;
  }

  clear(): void {
    if (this.entries.size > 0) this.entries.clear();
  }
}

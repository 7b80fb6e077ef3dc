/**
 * Encoded answers of reads that depend only on the stored data, the caller
 * and today's date (operations marked `x-mock-cache: true` in the spec):
 * serialized once, served until a write changes what they are made of. See
 * decisions/0004-read-cache.md.
 *
 * Answers are kept per operation. An operation that names its tables
 * (`x-mock-reads`) keeps its answers until one of those tables is written
 * (`invalidate(tables)`, fed by the API's write tracking); one that does not
 * loses them on any write request (`writeRequest()`), as does every
 * operation when the API tracks no writes. Reset, restore and
 * `engine.invalidate()` clear everything. Bounded: at most `MAX_ENTRIES`
 * answers, then it starts over.
 */
import { utf8 } from './bytes.js';
import type { OperationDef } from './spec-model.js';

const MAX_ENTRIES = 2000;

interface Cached {
  status: number;
  body: Uint8Array;
}

export class ReadCache {
  /** operationId -> key -> answer. */
  private readonly byOperation = new Map<string, Map<string, Cached>>();
  /** Table -> operations whose answers are made of it. */
  private readonly readers = new Map<string, Set<string>>();
  /** Operations without `x-mock-reads`. */
  private readonly unmarked = new Set<string>();
  private count = 0;

  constructor(readonly enabled: boolean) {}

  /** The key of a cacheable request: per caller (visibility), per day (overdue, expired), per exact URL. */
  static keyOf(account: number | string, now: number, path: string, search: string): string {
    return `${account}|${Math.floor(now / 86_400_000)}|${path}?${search}`;
  }

  get(op: OperationDef, key: string): Cached | undefined {
    return this.byOperation.get(op.operationId)?.get(key);
  }

  /** Store the answer encoded once (UTF-8 bytes): serving it is then a plain write. */
  set(op: OperationDef, key: string, status: number, json: string): Uint8Array {
    if (this.count >= MAX_ENTRIES) this.clear();
    let answers = this.byOperation.get(op.operationId);
    if (!answers) {
      this.byOperation.set(op.operationId, (answers = new Map()));
      if (op.reads === null) this.unmarked.add(op.operationId);
      else {
        for (const table of op.reads) {
          let ops = this.readers.get(table);
          if (!ops) this.readers.set(table, (ops = new Set()));
          ops.add(op.operationId);
        }
      }
    }
    const body = utf8(json);
    if (!answers.has(key)) this.count++;
    answers.set(key, { status, body });
    return body;
  }

  private drop(operationId: string): void {
    const answers = this.byOperation.get(operationId);
    if (!answers || answers.size === 0) return;
    this.count -= answers.size;
    answers.clear();
  }

  /** These tables were written: drop the answers made of them (and those of operations that name no tables). */
  invalidate(tables: Iterable<string>): void {
    for (const table of tables) {
      const ops = this.readers.get(table);
      if (ops) for (const id of ops) this.drop(id);
    }
    this.writeRequest();
  }

  /** A write request was answered: drop the answers of operations that name no tables. */
  writeRequest(): void {
    for (const id of this.unmarked) this.drop(id);
  }

  clear(): void {
    if (this.count === 0) return;
    for (const answers of this.byOperation.values()) answers.clear();
    this.count = 0;
  }
}

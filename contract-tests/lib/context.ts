/**
 * What a case or a flow works with: the config, the spec, the HTTP client,
 * a run id for naming what it creates, a clock-free allocator of time slots
 * for time entries (so entries of one run never overlap), and a cleanup
 * list that is always run, newest first, when the check ends.
 */
import { randomBytes } from 'node:crypto';
import { SkipCheck } from './checks.js';
import type { ContractConfig } from './config.js';
import { HttpClient, describeExchange, type Exchange, type OpRequest } from './http.js';
import { isObject, type JsonObject, type Spec } from './spec.js';

/** A prerequisite call failed: the check that needed it is skipped, naming the call. */
export class SetupError extends SkipCheck {
  constructor(
    what: string,
    readonly exchange?: Exchange,
  ) {
    super(`prerequisite failed: ${what}${exchange ? ` (${describeExchange(exchange, 200).split('\n').slice(0, 1).join('')}: ${exchange.response.text.slice(0, 160)})` : ''}`);
  }
}

/** An id no server has: used where a request must not touch real data (probes, unknown-id checks). */
export const GHOST_ID = 2_147_480_001;

interface Cleanup {
  label: string;
  fn: () => Promise<unknown>;
}

export interface SlotAllocator {
  next(minutes: number): { start: string; end: string };
}

/** Slots of `minutes` on the entry day, inside a band of hours, starting at a random minute of the band. */
export function createSlotAllocator(day: string, bandStartHour: number, bandHours: number): SlotAllocator {
  const bandStart = Date.parse(`${day}T00:00:00Z`) + bandStartHour * 3600_000;
  const bandMinutes = bandHours * 60;
  let cursor = randomBytes(2).readUInt16BE(0) % Math.floor(bandMinutes / 3);
  return {
    next(minutes: number) {
      if (cursor + minutes + 1 > bandMinutes) cursor = 0;
      const start = bandStart + cursor * 60_000;
      const end = start + minutes * 60_000;
      cursor += minutes + 1;
      return { start: naive(start), end: naive(end) };
    },
  };
}

/** Epoch ms -> naive ISO `YYYY-MM-DDTHH:MM:SS` (UTC wall clock). */
export function naive(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

export class Ctx {
  private cleanups: Cleanup[] = [];
  readonly warnings: string[];
  constructor(
    readonly config: ContractConfig,
    readonly spec: Spec,
    readonly http: HttpClient,
    readonly runId: string,
    readonly slots: SlotAllocator,
    warnings?: string[],
  ) {
    this.warnings = warnings ?? [];
  }

  static create(config: ContractConfig, spec: Spec, band: { startHour: number; hours: number }): Ctx {
    const http = new HttpClient(
      config.baseUrl,
      config.basic ? { admin: config.basic.admin, user: config.basic.user } : { admin: config.token, narrow: config.narrowToken, user: config.userToken },
      {
        timeoutMs: config.timeoutMs,
        maxRateWaitS: config.maxRateWaitS,
        readOnlyReason: config.writes ? undefined : config.readOnlyReason,
        // Harvest's throttle answers 503 + Retry-After: the server working as documented, waited out like a 429.
        retryStatuses: config.api === 'harvest-classic' ? [429, 503] : [429],
      },
    );
    const runId = randomBytes(3).toString('hex');
    return new Ctx(config, spec, http, runId, createSlotAllocator(config.entryDate, band.startHour, band.hours));
  }

  /** A context sharing everything but with its own cleanup list. */
  child(): Ctx {
    return new Ctx(this.config, this.spec, this.http, this.runId, this.slots, this.warnings);
  }

  private counter = 0;
  /** A unique, recognisable name for something this run creates. */
  name(kind: string): string {
    return `contract ${this.runId} ${kind} ${++this.counter}${randomBytes(1).toString('hex')}`;
  }

  call(operationId: string, req: OpRequest = {}): Promise<Exchange> {
    return this.http.call(this.spec.op(operationId), req);
  }

  /** Call as a prerequisite: any 2xx with a JSON object body, else SetupError (the check is skipped). */
  async must(operationId: string, req: OpRequest = {}): Promise<JsonObject> {
    let ex: Exchange;
    try {
      ex = await this.call(operationId, req);
    } catch (error) {
      throw new SetupError(`${operationId}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const s = ex.response.status;
    if (s < 200 || s >= 300 || !isObject(ex.response.json)) throw new SetupError(operationId, ex);
    return ex.response.json;
  }

  /** Register a cleanup; runs newest first when the check ends, even after a failure. */
  defer(label: string, fn: () => Promise<unknown>): void {
    this.cleanups.push({ label, fn });
  }

  /** Run the cleanups. Failures become warnings (printed by the runner), never test failures. */
  async close(): Promise<void> {
    while (this.cleanups.length > 0) {
      const c = this.cleanups.pop()!;
      try {
        await c.fn();
      } catch (error) {
        this.warnings.push(`cleanup "${c.label}" failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /** Writes allowed? If not, skip with the reason. */
  requireWrites(): void {
    if (!this.config.writes) throw new SkipCheck(this.config.readOnlyReason);
  }
}

/** Pull `body[key].id` (or another field) as a number; SetupError when absent. */
export function idOf(body: JsonObject, key: string, field = 'id'): number {
  const inner = body[key];
  const v = isObject(inner) ? inner[field] : undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  throw new SetupError(`response has no ${key}.${field}`);
}

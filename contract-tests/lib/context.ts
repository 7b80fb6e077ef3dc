/**
 * What a case or a flow works with: the config, the spec, the HTTP client,
 * a run id for naming what it creates, the room where it may book time
 * entries (lib/room.ts: free time between the entries the target already
 * has), and a cleanup list that is always run, newest first, when the check
 * ends.
 */
import { randomBytes } from 'node:crypto';
import { SetupError, SkipCheck } from './checks.js';
import { CONTRACT_APIS, type ContractConfig } from './config.js';
import { HttpClient, describeExchange, type Exchange, type OpRequest } from './http.js';
import { EntryRoom, type ListedEntry, type RoomSource } from './room.js';
import { webLogin } from './session.js';
import { isObject, type JsonObject, type Operation, type Spec } from './spec.js';

/** A session route: its only security scheme is the session cookie (it takes no API token). */
export const sessionOnly = (op: Operation): boolean => op.security.length > 0 && op.security.every((s) => s === 'sessionCookie');

/** Why a session route's checks cannot run: no login was given. */
export const NO_SESSION = 'a session route (it takes no API token): pass --username/--password, the web login gives the session';

export { SetupError };

/** A prerequisite call answered something else than a 2xx with a JSON body. */
export function prerequisiteFailed(operationId: string, ex: Exchange): SetupError {
  return new SetupError(`prerequisite ${operationId} failed (${describeExchange(ex, 200).split('\n')[0]}: ${ex.response.text.slice(0, 160)})`);
}

/** An id no server has: used where a request must not touch real data (probes, unknown-id checks). */
export const GHOST_ID = 2_147_480_001;

interface Cleanup {
  label: string;
  fn: () => Promise<unknown>;
}

/** The sequence in the names of what a run creates (see `Ctx.name`). */
let nameSeq = 0;

export class Ctx {
  private cleanups: Cleanup[] = [];
  readonly warnings: string[];
  readonly room: EntryRoom;
  constructor(
    readonly config: ContractConfig,
    readonly spec: Spec,
    readonly http: HttpClient,
    readonly runId: string,
    room?: EntryRoom,
    warnings?: string[],
  ) {
    this.warnings = warnings ?? [];
    this.room = room ?? new EntryRoom(this.roomSource(), config.entryDate);
  }

  static create(config: ContractConfig, spec: Spec, options: { pace?: boolean; userAgent?: string } = {}): Ctx {
    const http = new HttpClient(
      config.baseUrl,
      config.basic ? { admin: config.basic.admin, user: config.basic.user } : { admin: config.token, narrow: config.narrowToken, user: config.userToken },
      {
        timeoutMs: config.timeoutMs,
        maxRateWaitS: config.maxRateWaitS,
        readOnlyReason: config.writes ? undefined : config.readOnlyReason,
        // Harvest's and CoffeeCup's throttle answers 503 + Retry-After: the server working as documented, waited out like a 429.
        retryStatuses: CONTRACT_APIS[config.api].throttle503 ? [429, 503] : [429],
        query: (CONTRACT_APIS[config.api] as { query?: Record<string, string> }).query,
        ...options,
      },
    );
    const runId = randomBytes(3).toString('hex');
    return new Ctx(config, spec, http, runId);
  }

  /** A context sharing everything but with its own cleanup list. */
  child(): Ctx {
    return new Ctx(this.config, this.spec, this.http, this.runId, this.room, this.warnings);
  }

  /** The day time entries are booked on (found by `room.prepare()`). */
  get entryDay(): string {
    return this.room.day;
  }

  /** Before booking: find the entry day and read what the target has on it (only GETs; no-op without writes). */
  async prepare(): Promise<void> {
    if (this.config.writes) await this.room.prepare();
  }

  /** The room reads the token's own user and that user's entries through the API. */
  private roomSource(): RoomSource {
    return {
      userId: async () => idOf(await this.must('getCurrentUser'), 'user'),
      entries: async (userId, fromDay, toDay) => {
        const out: ListedEntry[] = [];
        for (let page = 1; page <= 100; page++) {
          const body = await this.must('listTimeEntries', { query: { user_id: userId, start_date: fromDay, end_date: toDay, include_active: true, per_page: 100, page } });
          const items = Array.isArray(body.time_entries) ? body.time_entries.filter(isObject) : [];
          out.push(...items);
          const p = isObject(body.pagination) ? body.pagination : {};
          if (p.has_next !== true || items.length === 0) break;
        }
        return out;
      },
    };
  }

  /** A unique, recognisable name for something this run creates. */
  name(kind: string): string {
    // One sequence for all contexts of the process: children (fixtures, each check) never repeat a name.
    return `contract ${this.runId} ${kind} ${++nameSeq}${randomBytes(1).toString('hex')}`;
  }

  /**
   * Call an operation. A session route gets the web session instead of the
   * admin token (logging in on first use), a session cookie no server issued
   * instead of a token no server issued.
   */
  async call(operationId: string, req: OpRequest = {}): Promise<Exchange> {
    const op = this.spec.op(operationId);
    if (sessionOnly(op)) {
      const auth = req.auth ?? 'admin';
      if (auth === 'admin') {
        await this.session();
        return this.http.call(op, { ...req, auth: 'session' });
      }
      if (auth === 'invalid') return this.http.call(op, { ...req, auth: 'invalid-session' });
    }
    return this.http.call(op, req);
  }

  private static sessions = new WeakMap<HttpClient, Promise<string>>();

  /** The web session (one login per HTTP client), or SkipCheck without credentials. */
  async session(): Promise<void> {
    const { username, password } = this.config;
    if (username === undefined || password === undefined) throw new SkipCheck(NO_SESSION);
    let p = Ctx.sessions.get(this.http);
    if (!p) {
      p = webLogin(this.http.baseUrl, username, password, this.config.timeoutMs, this.http.options.userAgent).then((s) => s.cookie);
      Ctx.sessions.set(this.http, p);
    }
    this.http.sessionCookie = await p;
  }

  /** Call as a prerequisite: any 2xx with a JSON object body, else SetupError (the check fails, naming the call). */
  async must(operationId: string, req: OpRequest = {}): Promise<JsonObject> {
    let ex: Exchange;
    try {
      ex = await this.call(operationId, req);
    } catch (error) {
      if (error instanceof SkipCheck) throw error;
      throw new SetupError(`prerequisite ${operationId} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const s = ex.response.status;
    if (s < 200 || s >= 300 || !isObject(ex.response.json)) throw prerequisiteFailed(operationId, ex);
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

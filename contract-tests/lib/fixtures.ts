/**
 * The shared resources the per-operation cases read and change: created
 * through the API when writes are allowed (and removed at the end), or,
 * in read-only mode, discovered by listing what the target already has.
 * Nothing here knows ids in advance. A fixture that could not be created is
 * a setup failure of every check that needs it; one that read-only discovery
 * did not find is a skip (there is nothing to check against).
 */
import { SetupError, SkipCheck } from './checks.js';
import { Ctx, idOf } from './context.js';
import { createClient, createEntry, createProject, createQuote, createTask } from './factory.js';
import { isObject, type JsonObject } from './spec.js';

export type FixtureName = 'client' | 'project' | 'task' | 'entry' | 'quote' | 'transfer' | 'stock';

export interface StockFixture {
  itemId: number;
  fromWarehouse: number;
  toWarehouse: number;
}

export class Fixtures {
  readonly ids: Partial<Record<Exclude<FixtureName, 'stock'>, number>> = {};
  stock?: StockFixture;
  readonly problems: Partial<Record<FixtureName, string>> = {};
  /** Fixtures whose absence is a skip, not a setup failure (not found by read-only discovery). */
  private readonly absent = new Set<FixtureName>();
  readonly ctx: Ctx;

  constructor(parent: Ctx) {
    this.ctx = parent.child();
  }

  /** The id of a fixture; without it the check fails (setup) or, when the target just has none, is skipped. */
  need(name: Exclude<FixtureName, 'stock'>): number {
    const id = this.ids[name];
    if (id !== undefined) return id;
    throw this.missing(name, `no ${name} available on the target`);
  }

  needStock(): StockFixture {
    if (this.stock) return this.stock;
    throw this.missing('stock', 'no stock item with stock in one warehouse and a second warehouse to move it to (the documented API cannot create stock)');
  }

  private missing(name: FixtureName, fallback: string): Error {
    const problem = this.problems[name];
    if (problem === undefined || this.absent.has(name)) return new SkipCheck(problem ?? fallback);
    return new SetupError(problem);
  }

  private async attempt(name: FixtureName, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (error) {
      const why = error instanceof SkipCheck || error instanceof SetupError ? error.reason : error instanceof Error ? error.message : String(error);
      if (error instanceof SkipCheck) this.absent.add(name);
      this.problems[name] = `fixture ${name} unavailable: ${why}`;
    }
  }

  async setup(): Promise<void> {
    const c = this.ctx;
    await c.prepare();
    if (c.config.writes) {
      await this.attempt('client', async () => {
        this.ids.client = (await createClient(c)).id as number;
      });
      await this.attempt('project', async () => {
        this.ids.project = (await createProject(c, this.need('client'))).id as number;
      });
      await this.attempt('task', async () => {
        this.ids.task = (await createTask(c, this.need('project'))).id as number;
      });
      await this.attempt('entry', async () => {
        this.ids.entry = (await createEntry(c, this.need('project'))).id as number;
      });
      await this.attempt('quote', async () => {
        this.ids.quote = (await createQuote(c, this.need('client'))).id as number;
      });
    } else {
      await this.discover('client', 'listClients', 'clients');
      await this.discover('project', 'listProjects', 'projects');
      await this.discover('task', 'listTasks', 'tasks');
      await this.discover('entry', 'listTimeEntries', 'time_entries');
      await this.discover('quote', 'listQuotes', 'quotes');
    }
    await this.discover('transfer', 'listTransfers', 'transfers', 'reference_id');
    await this.attempt('stock', () => this.findStock());
  }

  private async discover(name: Exclude<FixtureName, 'stock'>, opId: string, key: string, field = 'id'): Promise<void> {
    await this.attempt(name, async () => {
      const body = await this.ctx.must(opId, { query: { per_page: 1 } });
      const first = Array.isArray(body[key]) ? (body[key] as unknown[])[0] : undefined;
      if (!isObject(first)) throw new SkipCheck(`${opId} lists no ${name}`);
      this.ids[name] = idOf({ item: first }, 'item', field);
    });
  }

  /** Find an item with stock in one warehouse and another warehouse, from the valuation report. */
  private async findStock(): Promise<void> {
    const body = await this.ctx.must('getValuationReport');
    const details = Array.isArray(body.item_details) ? body.item_details.filter(isObject) : [];
    const warehouses = new Set<number>();
    for (const d of details) if (typeof d.warehouse_id === 'number') warehouses.add(d.warehouse_id);
    if (isObject(body.by_warehouse)) {
      for (const w of Object.values(body.by_warehouse)) if (isObject(w) && typeof w.warehouse_id === 'number') warehouses.add(w.warehouse_id);
    }
    for (const d of details) {
      if (typeof d.item_id !== 'number' || typeof d.warehouse_id !== 'number' || typeof d.quantity !== 'number' || d.quantity < 2) continue;
      const other = [...warehouses].find((w) => w !== d.warehouse_id);
      if (other === undefined) continue;
      this.stock = { itemId: d.item_id, fromWarehouse: d.warehouse_id, toWarehouse: other };
      return;
    }
    throw new SkipCheck('no stock to move: the valuation report shows no item with 2 or more in a warehouse and a second warehouse, and the API documentation has no operation that creates stock');
  }

  async teardown(): Promise<void> {
    await this.ctx.close();
  }

  describe(): JsonObject {
    return { ids: this.ids, stock: this.stock ?? null, problems: this.problems };
  }
}

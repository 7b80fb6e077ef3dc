/**
 * The shared resources the per-operation cases read and change: created
 * through the API when writes are allowed (and removed at the end), or,
 * in read-only mode, discovered by listing what the target already has.
 * Nothing here knows ids in advance.
 */
import { SkipCheck } from './checks.js';
import { Ctx, SetupError, idOf } from './context.js';
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
  readonly ctx: Ctx;

  constructor(parent: Ctx) {
    this.ctx = parent.child();
  }

  /** The id of a fixture, or skip the check saying why it is missing. */
  need(name: Exclude<FixtureName, 'stock'>): number {
    const id = this.ids[name];
    if (id !== undefined) return id;
    throw new SkipCheck(this.problems[name] ?? `no ${name} available on the target`);
  }

  needStock(): StockFixture {
    if (this.stock) return this.stock;
    throw new SkipCheck(this.problems.stock ?? 'no stock item with stock in one warehouse and a second warehouse to move it to');
  }

  private async attempt(name: FixtureName, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (error) {
      const why = error instanceof SkipCheck ? error.reason : error instanceof Error ? error.message : String(error);
      this.problems[name] = `fixture ${name} unavailable: ${why}`;
    }
  }

  async setup(): Promise<void> {
    const c = this.ctx;
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
      if (!isObject(first)) throw new SetupError(`${opId} lists no ${name}`);
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
    throw new SetupError('the valuation report shows no item with stock (>= 2) and a second warehouse');
  }

  async teardown(): Promise<void> {
    await this.ctx.close();
  }

  describe(): JsonObject {
    return { ids: this.ids, stock: this.stock ?? null, problems: this.problems };
  }
}

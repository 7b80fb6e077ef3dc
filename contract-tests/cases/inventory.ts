/**
 * Inventory transfers and reports. The API cannot create stock items or
 * warehouses, so transfers use what the valuation report shows: one unit
 * moves from a warehouse holding at least two to another warehouse, and is
 * moved back afterwards.
 */
import { getCase, type CaseArgs, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf, type Ctx } from '../lib/context.js';
import type { StockFixture } from '../lib/fixtures.js';
import type { OpRequest } from '../lib/http.js';

function transferBody(c: Ctx, s: StockFixture): OpRequest {
  return { json: { stock_item_id: s.itemId, from_warehouse_id: s.fromWarehouse, to_warehouse_id: s.toWarehouse, quantity: 1, notes: c.name('transfer') } };
}

/** Move the unit back (the cleanup of a transfer). */
function deferReverse(c: Ctx, s: StockFixture): void {
  c.defer(`move 1 of item ${s.itemId} back to warehouse ${s.fromWarehouse}`, () =>
    c.call('createTransfer', { json: { stock_item_id: s.itemId, from_warehouse_id: s.toWarehouse, to_warehouse_id: s.fromWarehouse, quantity: 1, notes: 'contract suites: moved back' } }),
  );
}

async function transferId({ c, fx }: CaseArgs): Promise<number> {
  const known = fx.ids.transfer;
  if (known !== undefined) return known;
  c.requireWrites();
  const s = fx.needStock();
  const body = await c.must('createTransfer', transferBody(c, s));
  deferReverse(c, s);
  return idOf({ t: body }, 't', 'reference_id');
}

export const inventoryCases: OperationCase[] = [
  getCase('listTransfers', undefined, {
    bad: async () => ({ query: { date_from: 'not-a-date' } }),
    badStatus: [400],
  }),
  {
    operationId: 'createTransfer',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return transferBody(c, fx.needStock());
    },
    expectStatus: 201,
    after: async ({ c, fx }, ex) => {
      if (ex.response.status < 300 && fx.stock) deferReverse(c, fx.stock);
    },
    bad: async () => ({ json: { notes: 'no item, no warehouses, no quantity' } }),
    badStatus: [400],
  },
  {
    operationId: 'getTransfer',
    valid: async (a) => ({ params: { reference_id: await transferId(a) } }),
    bad: async () => ({ params: { reference_id: GHOST_ID } }),
    badStatus: [404],
  },
  getCase('getValuationReport', undefined, {
    bad: async () => ({ query: { currency_code: 'euro' } }),
    badStatus: [400],
  }),
  getCase('getMovementHistoryReport', { page: 1, per_page: 10 }, {
    bad: async () => ({ query: { stock_item_id: 'not-a-number' } }),
    badStatus: [400],
  }),
  getCase('getTurnoverReport', undefined, {
    bad: async () => ({ query: { item_id: 'not-a-number' } }),
    badStatus: [400],
  }),
  getCase('getLowStockReport', undefined, {
    bad: async () => ({ query: { warehouse_id: 'not-a-number' } }),
    badStatus: [400],
  }),
];

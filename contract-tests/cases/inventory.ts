/**
 * Inventory transfers and reports. The API cannot create stock items or
 * warehouses, so transfers use what the valuation report shows: one unit
 * moves from a warehouse holding at least two to another warehouse, and is
 * moved back afterwards.
 */
import { getCase, unknownId, type CaseArgs, type OperationCase } from '../lib/case.js';
import { idOf, type Ctx } from '../lib/context.js';
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
    negatives: [{ rule: 'query.date_from not a date', provenance: 'specified', status: [400], request: async () => ({ query: { date_from: 'not-a-date' } }) }],
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
    negatives: [
      {
        rule: 'required fields missing: 400',
        provenance: 'observed',
        status: [400],
        fields: ['stock_item_id', 'from_warehouse_id', 'to_warehouse_id', 'quantity'],
        request: async () => ({ json: { notes: 'no item, no warehouses, no quantity' } }),
      },
    ],
  },
  {
    operationId: 'getTransfer',
    valid: async (a) => ({ params: { reference_id: await transferId(a) } }),
    // Documented: "Returns a single transfer ... or 404 if not found".
    negatives: [unknownId('reference_id')],
  },
  getCase('getValuationReport', undefined, {
    negatives: [{ rule: 'query.currency_code not a currency', provenance: 'specified', status: [400], request: async () => ({ query: { currency_code: 'euro' } }) }],
  }),
  getCase('getMovementHistoryReport', { page: 1, per_page: 10 }, {
    negatives: [{ rule: 'query.stock_item_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { stock_item_id: 'not-a-number' } }) }],
  }),
  getCase('getTurnoverReport', undefined, {
    negatives: [{ rule: 'query.item_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { item_id: 'not-a-number' } }) }],
  }),
  getCase('getLowStockReport', undefined, {
    negatives: [{ rule: 'query.warehouse_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { warehouse_id: 'not-a-number' } }) }],
  }),
];

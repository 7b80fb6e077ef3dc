/**
 * Tax rules, currencies and exchange rates, invoice themes and PDF templates
 * (beyond the API documentation: the real server's routes, reference §25;
 * every write needs `admin:all`). Tax rules and invoice themes are made
 * through the API and deleted afterwards. Currencies and rates have no
 * delete route: their updates write a row's own values back, and a run
 * that creates leaves one inactive `X..` currency (ISO's range for codes of
 * no country) and one rate on a far-off day behind.
 */
import { getCase, unknownId, type CaseArgs, type OperationCase } from '../lib/case.js';
import { GHOST_ID, type Ctx } from '../lib/context.js';
import { isObject, type JsonObject } from '../lib/spec.js';
import { afterCreate, farDay, made, onRow } from './business.js';

const taxRule = (c: Ctx) => made(c, 'createTaxRule', { name: c.name('tax rule'), rate_percent: 7.5, country: 'DE', tax_code: 'VAT' }, 'tax_rule', (id) => c.call('deleteTaxRule', { params: { rule_id: id } }));
const theme = (c: Ctx) => made(c, 'createInvoiceTemplate', { name: c.name('invoice template'), html: '<h1>{{ invoice.invoice_number }}</h1>' }, 'template', (id) => c.call('deleteInvoiceTemplate', { params: { template_id: id } }));

const listOf = async (c: Ctx, opId: string, key: string): Promise<JsonObject[]> => {
  const list = (await c.must(opId))[key];
  return Array.isArray(list) ? list.filter(isObject) : [];
};

/** A currency code no currency of the target has: `X` and two letters, from the run's name on. */
async function freeCode(c: Ctx): Promise<string> {
  const taken = new Set((await listOf(c, 'listCurrencies', 'currencies')).map((x) => x.code));
  let h = 0;
  for (const ch of c.name('currency')) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  for (let i = 0; i < 26 * 26; i++) {
    const n = (h + i) % (26 * 26);
    const code = `X${String.fromCharCode(65 + Math.floor(n / 26))}${String.fromCharCode(65 + (n % 26))}`;
    if (!taken.has(code)) return code;
  }
  throw new Error('no free X.. currency code on the target');
}
const newCurrency = async (c: Ctx) => ({ code: await freeCode(c), name: c.name('currency'), symbol: '¤', decimal_places: 2, is_active: false });

/** Two currencies of the target, made (inactive) where it has fewer. */
async function twoCurrencies(c: Ctx): Promise<[string, string]> {
  const codes = (await listOf(c, 'listCurrencies', 'currencies')).map((x) => String(x.code));
  while (codes.length < 2) {
    c.requireWrites();
    const json = await newCurrency(c);
    await c.must('createCurrency', { json });
    codes.push(json.code);
  }
  return [codes[0], codes[1]];
}

/**
 * A far-off day the pair has no rate on (one per pair and day; a run leaves
 * its rates behind, so the next run reads which days are taken). The rates
 * listed are the newest 200, and far-off days are the newest.
 */
async function freeDay(c: Ctx, base: string, quote: string): Promise<string> {
  const rates = (await c.must('listExchangeRates', { query: { base_code: base, quote_code: quote } })).exchange_rates;
  const taken = new Set(Array.isArray(rates) ? rates.filter(isObject).map((r) => r.date) : []);
  for (;;) {
    const day = farDay(c);
    if (!taken.has(day)) return day;
  }
}

/** A rate of the target, made on a far-off day where it has none. */
async function someRate(c: Ctx): Promise<JsonObject> {
  const [first] = await listOf(c, 'listExchangeRates', 'exchange_rates');
  if (first) return first;
  const [base, quote] = await twoCurrencies(c);
  await c.must('createExchangeRate', { json: { base_code: base, quote_code: quote, rate: 1.5, date: await freeDay(c, base, quote) } });
  return (await listOf(c, 'listExchangeRates', 'exchange_rates'))[0];
}

/** A currency's own fields, to write back unchanged. */
async function someCurrency({ c }: CaseArgs): Promise<{ params: { code: string }; json: JsonObject }> {
  c.requireWrites();
  let [cur] = await listOf(c, 'listCurrencies', 'currencies');
  if (!cur) {
    cur = await newCurrency(c);
    await c.must('createCurrency', { json: cur });
  }
  return { params: { code: String(cur.code) }, json: { name: cur.name as string, decimal_places: cur.decimal_places as number } };
}

async function rateWriteBack({ c }: CaseArgs): Promise<{ params: { rate_id: number }; json: JsonObject }> {
  c.requireWrites();
  const r = await someRate(c);
  return { params: { rate_id: r.id as number }, json: { rate: r.rate as number, source: (r.source as string | null) ?? null } };
}

const unknownCurrency = unknownId('code', { provenance: 'specified', request: async () => ({ params: { code: 'QZX' }, json: { name: 'none' } }) });
const unknownRate = unknownId('rate_id', { provenance: 'specified', request: async () => ({ params: { rate_id: GHOST_ID }, json: { rate: 1 } }) });

export const financeSettingsCases: OperationCase[] = [
  getCase('listTaxRules', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'createTaxRule',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: { name: c.name('tax rule'), rate_percent: 19, country: 'DE', tax_code: 'VAT', start_date: '2041-01-01' } };
    },
    expectStatus: 201,
    after: afterCreate('tax_rule', (c, id) => c.call('deleteTaxRule', { params: { rule_id: id } })),
    negatives: [{ rule: 'body.rate_percent required', provenance: 'observed', status: [400], request: async ({ c }) => ({ json: { name: c.name('tax rule') } }) }],
  },
  onRow('updateTaxRule', 'rule_id', ({ c }) => taxRule(c), () => ({ rate_percent: 7, inclusive: true })),
  onRow('patchTaxRule', 'rule_id', ({ c }) => taxRule(c), () => ({ active: false })),
  onRow('deleteTaxRule', 'rule_id', ({ c }) => taxRule(c)),

  getCase('listCurrencies', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'createCurrency',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: await newCurrency(c) };
    },
    expectStatus: 201,
    negatives: [{ rule: 'body.name required', provenance: 'observed', status: [400], request: async ({ c }) => ({ json: { code: await freeCode(c) } }) }],
  },
  { operationId: 'updateCurrency', valid: someCurrency, negatives: [unknownCurrency] },
  { operationId: 'patchCurrency', valid: async (a) => ({ ...(await someCurrency(a)), json: {} }), negatives: [unknownCurrency] },

  getCase('listExchangeRates', { base_code: 'EUR' }, { negatives: [{ rule: 'query.date not a date', provenance: 'specified', status: [400], request: async () => ({ query: { date: 'soon' } }) }] }),
  {
    operationId: 'createExchangeRate',
    valid: async ({ c }) => {
      c.requireWrites();
      const [base, quote] = await twoCurrencies(c);
      return { json: { base_code: base, quote_code: quote, rate: 1.25, date: await freeDay(c, base, quote), source: 'contract' } };
    },
    expectStatus: 201,
    negatives: [{ rule: 'body.quote_code an unknown currency', provenance: 'observed', status: [400], request: async ({ c }) => ({ json: { base_code: await freeCode(c), quote_code: 'QZX', rate: 1.25, date: '2041-01-01' } }) }],
  },
  { operationId: 'updateExchangeRate', valid: rateWriteBack, negatives: [unknownRate] },
  { operationId: 'patchExchangeRate', valid: async (a) => ({ ...(await rateWriteBack(a)), json: {} }), negatives: [unknownRate] },

  getCase('listInvoicePdfTemplates', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'getInvoicePdfTemplate',
    valid: async () => ({ params: { page_size: 'A4' } }),
    // The real server fails a page size it cannot lay out (500): the 404 is this spec's.
    negatives: [{ rule: 'unknown id: 404 (a page size outside the list)', provenance: 'specified', status: [404], request: async () => ({ params: { page_size: 'B5' } }) }],
  },
  getCase('listInvoiceTemplates', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'createInvoiceTemplate',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: { name: c.name('invoice template'), description: 'made by the contract suites', css: 'h1 { font-size: 18px; }' } };
    },
    expectStatus: 201,
    after: afterCreate('template', (c, id) => c.call('deleteInvoiceTemplate', { params: { template_id: id } })),
    negatives: [{ rule: 'body.name required', provenance: 'observed', status: [400], request: async () => ({ json: { name: '   ' } }) }],
  },
  onRow('getInvoiceTemplate', 'template_id', ({ c }) => theme(c)),
  onRow('updateInvoiceTemplate', 'template_id', ({ c }) => theme(c), ({ c }) => ({ name: c.name('invoice template') })),
  onRow('patchInvoiceTemplate', 'template_id', ({ c }) => theme(c), () => ({ css: 'body { color: #222; }' })),
  onRow('deleteInvoiceTemplate', 'template_id', ({ c }) => theme(c)),
];

/**
 * /api/v1/currencies and /api/v1/exchange-rates (reference §25,
 * `api_v1.py:2024-2205`): read with `read:invoices`, written by
 * administrators; declared on `settingsResource`. A currency is named by its
 * code (upper-case), a rate by its id; one rate per pair and day.
 */
import { ApiError, badRequest, conflict } from '../../core/errors.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import { pairDay, type CurrencyRow, type ExchangeRateRow } from '../../store/timetracker/finance-settings-types.js';
import { filtered, pick } from './records.js';
import type { ResourceCtx } from './resource.js';
import { calendarDay, requireFields, settingsResource } from './settings-resource.js';

type S = components['schemas'];

/** Rates `GET /exchange-rates` answers at most (`api_v1.py:2097`). */
export const EXCHANGE_RATES_LISTED = 200;

const currency = settingsResource({
  table: (s) => s.currencies,
  what: 'Currency',
  id: 'code',
  one: 'currency',
  many: 'currencies',
  dict: (c): S['Currency'] => ({ code: c.code, name: c.name, symbol: c.symbol, decimal_places: c.decimal_places, is_active: c.is_active }),
  messages: { created: 'Currency created successfully', updated: 'Currency updated successfully', deleted: 'Currency deleted successfully' },
});

/** The currency the path names (matched upper-case), or 404. */
function currencyOf({ store, params }: ResourceCtx<{ code: string }>): CurrencyRow {
  const row = store.currencies.findBy('code', params.code.toUpperCase());
  if (!row) throw new ApiError(404, 'Currency not found', 'not_found');
  return row;
}

const rate = settingsResource({
  table: (s) => s.exchangeRates,
  what: 'Exchange rate',
  id: 'rate_id',
  one: 'exchange_rate',
  many: 'exchange_rates',
  dict: (r): S['ExchangeRate'] => ({ id: r.id, base_code: r.base_code, quote_code: r.quote_code, rate: r.rate, date: r.date, source: r.source }),
  messages: { created: 'Exchange rate created successfully', updated: 'Exchange rate updated successfully', deleted: 'Exchange rate deleted successfully' },
});

/** The real server's unique constraint `uq_exchange_rate_day` (it fails the request there; a 409 here). */
function uniqueDay(store: Store, key: string, self?: number): void {
  const other = store.exchangeRates.findBy('pair_day', key);
  if (other && other.id !== self) throw conflict(`An exchange rate for ${key.replace(/\/[^/]*$/, '')} on ${key.slice(-10)} already exists`);
}

const updateCurrency = currency.set<{ code: string }, S['CurrencyUpdate']>(currencyOf, ({ body, now }) => ({ ...pick(body, ['name', 'symbol', 'decimal_places', 'is_active']), updated_at: now }));

const updateExchangeRate = rate.set<{ rate_id: number }, S['ExchangeRateUpdate']>(rate.row, ({ body, store, now }, row) => {
  const patch: Partial<ExchangeRateRow> = { ...pick(body, ['rate', 'date', 'source']), updated_at: now };
  const key = pairDay(row.base_code, row.quote_code, patch.date ?? row.date);
  uniqueDay(store, key, row.id);
  return { ...patch, pair_day: key };
});

type RateQuery = { base_code?: string; quote_code?: string; date?: string };

export const currencies = {
  listCurrencies: currency.all(({ store }) => store.views.currenciesByCode.rows()),

  createCurrency: currency.add<S['CurrencyCreate'], 'code'>(({ body: b, store, now }) => {
    requireFields(b, ['code', 'name']);
    const code = (b.code as string).trim().toUpperCase();
    if (code.length === 0 || code.length > 3) throw badRequest('Currency code must be 1 to 3 characters');
    if (store.currencies.findBy('code', code)) throw badRequest('Currency already exists');
    return { code, name: b.name as string, symbol: b.symbol ?? null, decimal_places: b.decimal_places ?? 2, is_active: b.is_active ?? true, created_at: now, updated_at: now };
  }, 'code'),

  updateCurrency,
  patchCurrency: updateCurrency,

  listExchangeRates: rate.all<RateQuery>(({ store, query: q }) => {
    const base = q.base_code?.toUpperCase();
    const rows = base === undefined ? store.views.ratesNewestFirst.rows() : store.views.ratesNewestFirst.group(base);
    const quote = q.quote_code?.toUpperCase();
    return filtered(rows, [quote === undefined ? undefined : (r) => r.quote_code === quote, q.date === undefined ? undefined : (r) => r.date === q.date]).slice(0, EXCHANGE_RATES_LISTED);
  }),

  createExchangeRate: rate.add<S['ExchangeRateCreate']>(({ body: b, store, now }) => {
    requireFields(b, ['base_code', 'quote_code', 'rate', 'date']);
    const date = calendarDay(b.date);
    if (!date) throw badRequest('Invalid date');
    const base = (b.base_code as string).toUpperCase();
    const quote = (b.quote_code as string).toUpperCase();
    if (!store.currencies.findBy('code', base) || !store.currencies.findBy('code', quote)) throw badRequest('Base and quote currencies must exist before creating an exchange rate');
    const key = pairDay(base, quote, date);
    uniqueDay(store, key);
    return { base_code: base, quote_code: quote, rate: b.rate as number, date, source: b.source ?? null, pair_day: key, created_at: now, updated_at: now };
  }),

  updateExchangeRate,
  patchExchangeRate: updateExchangeRate,
} satisfies Partial<TimeTrackerHandlers>;

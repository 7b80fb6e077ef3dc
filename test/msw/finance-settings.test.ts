/**
 * Tax rules, currencies and exchange rates, invoice themes and PDF
 * templates under the strict MSW mock (reference §25): the real server's
 * answer shapes (a create answers only the new key, an update only its
 * message), its messages, who may read and write, the one-default rule of
 * invoice themes, a PDF template made on first use, and the seeded rows at
 * several "nows".
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/node.js';
import { createClock } from '../../src/core/clock.js';
import { call, startMock, token } from './mock.js';

const { mock } = startMock();
const admin = token(mock, 'admin');
const alice = token(mock, 'user');
const integration = token(mock, 'all');

/** An `/api/v1` call as the admin (or `init.token`), answering `{status, json}`. */
const api = async (path: string, init: { method?: string; body?: unknown; token?: string } = {}) => {
  const a = await call<Record<string, any>>(init.method ?? 'GET', `/api/v1${path}`, { token: init.token ?? admin, body: init.body });
  return { status: a.status, json: a.body };
};

describe('tax rules under MSW', () => {
  it('lists newest first, creates, updates and deletes with the real answers; admin:all only', async () => {
    const seeded = (await api('/tax-rules')).json.tax_rules;
    expect(seeded.map((r: { name: string }) => r.name)).toEqual(['VAT (UK client)', 'VAT (DE)']);
    expect(seeded[1]).toEqual({ id: 1, name: 'VAT (DE)', country: 'DE', region: null, client_id: null, project_id: null, tax_code: 'VAT', rate_percent: 19, compound: false, inclusive: false, start_date: '2020-07-01', end_date: null, active: true, created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/) });

    // Not paginated, and no other scope opens it (not even every read and write scope of an admin's token).
    expect(seeded).toHaveLength(2);
    expect((await api('/tax-rules', { token: integration })).status).toBe(403);
    expect((await api('/tax-rules', { method: 'POST', body: { name: 'x', rate_percent: 5 }, token: alice })).status).toBe(403);

    expect((await api('/tax-rules', { method: 'POST', body: { country: 'FR' } })).json.error).toBe('Missing required fields: name, rate_percent');
    expect((await api('/tax-rules', { method: 'POST', body: { name: 'Zero', rate_percent: 0 } })).json.error).toBe('Missing required fields: rate_percent');
    expect((await api('/tax-rules', { method: 'POST', body: { name: 'Bad day', rate_percent: 5, start_date: 'soon' } })).status).toBe(400);

    const made = await api('/tax-rules', { method: 'POST', body: { name: 'TVA (FR)', country: 'FR', tax_code: 'TVA', rate_percent: 20, start_date: '2026-01-01' } });
    expect(made).toEqual({ status: 201, json: { message: 'Tax rule created successfully', tax_rule: { id: 3 } } });
    const put = await api('/tax-rules/3', { method: 'PUT', body: { rate_percent: 5.5, inclusive: true, end_date: null } });
    expect(put).toEqual({ status: 200, json: { message: 'Tax rule updated successfully' } });
    expect((await api('/tax-rules/3', { method: 'PATCH', body: { active: false } })).json.message).toBe('Tax rule updated successfully');
    const [newest] = (await api('/tax-rules')).json.tax_rules;
    expect(newest).toMatchObject({ id: 3, name: 'TVA (FR)', rate_percent: 5.5, inclusive: true, active: false, start_date: '2026-01-01', end_date: null, compound: false });

    expect((await api('/tax-rules/3', { method: 'DELETE' })).json).toEqual({ message: 'Tax rule deleted successfully' });
    const gone = await api('/tax-rules/3', { method: 'PATCH', body: { active: true } });
    expect(gone.status).toBe(404);
    expect(gone.json.error).toBe('Tax rule not found');
  });
});

describe('currencies and exchange rates under MSW', () => {
  it('reads with read:invoices, writes with admin:all; codes are upper-case and unique', async () => {
    const list = (await api('/currencies', { token: alice })).json.currencies;
    expect(list.map((c: { code: string }) => c.code)).toEqual(['EUR', 'GBP', 'JPY', 'SEK', 'USD']);
    expect(list[0]).toEqual({ code: 'EUR', name: 'Euro', symbol: '€', decimal_places: 2, is_active: true });
    expect((await api('/currencies', { token: token(mock, 'narrow') })).status).toBe(403);
    expect((await api('/currencies', { method: 'POST', body: { code: 'CHF', name: 'Swiss franc' }, token: alice })).status).toBe(403);

    expect((await api('/currencies', { method: 'POST', body: { code: 'chf' } })).json.error).toBe('Missing required fields: name');
    expect((await api('/currencies', { method: 'POST', body: { code: ' eur ', name: 'Euro again' } })).json.error).toBe('Currency already exists');
    expect((await api('/currencies', { method: 'POST', body: { code: 'EURO', name: 'Too long' } })).status).toBe(400);
    const made = await api('/currencies', { method: 'POST', body: { code: ' chf', name: 'Swiss franc' } });
    expect(made).toEqual({ status: 201, json: { message: 'Currency created successfully', currency: { code: 'CHF' } } });
    expect((await api('/currencies/chf', { method: 'PATCH', body: { symbol: 'Fr.', decimal_places: 2 } })).json).toEqual({ message: 'Currency updated successfully' });
    expect((await api('/currencies', { token: alice })).json.currencies[0]).toEqual({ code: 'CHF', name: 'Swiss franc', symbol: 'Fr.', decimal_places: 2, is_active: true });
    expect((await api('/currencies/XYZ', { method: 'PUT', body: { name: 'Nothing' } })).status).toBe(404);
  });

  it('lists rates newest day first with filters, one per pair and day', async () => {
    const all = (await api('/exchange-rates', { token: alice })).json.exchange_rates;
    // 7 days x 3 pairs from EUR, one manual USD -> EUR; yesterday first (T0 is 2026-11-16).
    expect(all).toHaveLength(22);
    expect(all[0]).toMatchObject({ id: 1, base_code: 'EUR', quote_code: 'USD', date: '2026-11-15', source: 'ECB' });
    expect(all.map((r: { date: string }) => r.date)).toEqual([...all.map((r: { date: string }) => r.date)].sort().reverse());
    const usd = (await api('/exchange-rates?base_code=eur&quote_code=usd', { token: alice })).json.exchange_rates;
    expect(usd).toHaveLength(7);
    for (const r of usd) expect(r.rate).toBeGreaterThan(1.07);
    expect((await api('/exchange-rates?date=2026-11-13', { token: alice })).json.exchange_rates.map((r: { quote_code: string }) => r.quote_code)).toEqual(['USD', 'GBP', 'JPY', 'EUR']);
    expect((await api('/exchange-rates?date=soon', { token: alice })).status).toBe(400);

    const body = { base_code: 'gbp', quote_code: 'usd', rate: 1.2612, date: '2026-11-16', source: 'manual' };
    expect((await api('/exchange-rates', { method: 'POST', body: { ...body, rate: 0 } })).json.error).toBe('Missing required fields: rate');
    expect((await api('/exchange-rates', { method: 'POST', body: { ...body, date: '2026-02-30' } })).json.error).toBe('Invalid date');
    expect((await api('/exchange-rates', { method: 'POST', body: { ...body, quote_code: 'AUD' } })).json.error).toBe('Base and quote currencies must exist before creating an exchange rate');
    const made = await api('/exchange-rates', { method: 'POST', body });
    expect(made).toEqual({ status: 201, json: { message: 'Exchange rate created successfully', exchange_rate: { id: 23 } } });
    expect((await api('/exchange-rates', { method: 'POST', body })).status).toBe(409);
    expect((await api('/exchange-rates/23', { method: 'PATCH', body: { rate: 1.27 } })).json).toEqual({ message: 'Exchange rate updated successfully' });
    // Moving yesterday's EUR -> USD onto the day before, which has one, is refused.
    expect((await api('/exchange-rates/1', { method: 'PUT', body: { date: '2026-11-14' } })).status).toBe(409);
    const [gbp] = (await api('/exchange-rates?base_code=GBP', { token: alice })).json.exchange_rates;
    expect(gbp).toEqual({ id: 23, base_code: 'GBP', quote_code: 'USD', rate: 1.27, date: '2026-11-16', source: 'manual' });
    expect((await api('/exchange-rates/999', { method: 'PATCH', body: { rate: 1 } })).status).toBe(404);
  });
});

describe('invoice templates under MSW', () => {
  it('keeps names unique and one default; answers as the real server', async () => {
    const seeded = (await api('/invoice-templates')).json.templates;
    expect(seeded.map((t: { name: string; is_default: boolean }) => [t.name, t.is_default])).toEqual([['Classic', true], ['Minimal', false]]);
    expect(seeded[1]).toMatchObject({ id: 2, description: null, css: '' });
    expect((await api('/invoice-templates', { token: alice })).status).toBe(403);

    expect((await api('/invoice-templates', { method: 'POST', body: { name: '   ' } })).json.error).toBe('name is required');
    expect((await api('/invoice-templates', { method: 'POST', body: { name: ' Minimal ' } })).json.error).toBe('Template name already exists');
    const made = await api('/invoice-templates', { method: 'POST', body: { name: ' Bold ', description: '  ', html: '<h1>x</h1>', is_default: true } });
    expect(made).toEqual({ status: 201, json: { message: 'Invoice template created successfully', template: { id: 3 } } });
    const bold = (await api('/invoice-templates/3')).json.template;
    expect(bold).toMatchObject({ id: 3, name: 'Bold', description: null, html: '<h1>x</h1>', css: '', is_default: true });
    const defaults = async () => (await api('/invoice-templates')).json.templates.filter((t: { is_default: boolean }) => t.is_default).map((t: { id: number }) => t.id);
    expect(await defaults()).toEqual([3]);

    expect((await api('/invoice-templates/2', { method: 'PUT', body: { name: '' } })).json.error).toBe('name cannot be empty');
    expect((await api('/invoice-templates/2', { method: 'PUT', body: { name: 'Bold' } })).json.error).toBe('Template name already exists');
    expect((await api('/invoice-templates/2', { method: 'PATCH', body: { is_default: true, css: ' h1 {} ' } })).json).toEqual({ message: 'Invoice template updated successfully' });
    expect(await defaults()).toEqual([2]);
    // false is ignored: the default stays where it is.
    await api('/invoice-templates/2', { method: 'PATCH', body: { is_default: false } });
    expect(await defaults()).toEqual([2]);
    expect((await api('/invoice-templates/2')).json.template.css).toBe('h1 {}');

    expect((await api('/invoice-templates/3', { method: 'DELETE' })).json).toEqual({ message: 'Invoice template deleted successfully' });
    expect((await api('/invoice-templates/3')).status).toBe(404);
  });

  it('lists the PDF templates by page size and makes a missing one on first read', async () => {
    const sizes = async () => (await api('/invoice-pdf-templates')).json.templates.map((t: { page_size: string }) => t.page_size);
    expect(await sizes()).toEqual(['A3', 'A4', 'A5', 'Legal', 'Letter']);
    const a4 = (await api('/invoice-pdf-templates/A4')).json.template;
    expect(a4).toMatchObject({ id: 1, page_size: 'A4', template_html: '', template_css: '', design_json: '', template_json: '', is_default: true });
    expect((await api('/invoice-pdf-templates', { token: alice })).status).toBe(403);
    expect((await api('/invoice-pdf-templates/B5')).status).toBe(404);

    const tabloid = (await api('/invoice-pdf-templates/Tabloid')).json.template;
    expect(tabloid).toMatchObject({ id: 6, page_size: 'Tabloid', is_default: true, template_html: '' });
    const design = JSON.parse(tabloid.template_json);
    expect(design.page).toEqual({ size: 'Tabloid', margin: { top: 20, right: 20, bottom: 20, left: 20 } });
    expect(design.elements[0]).toMatchObject({ type: 'text', text: 'INVOICE' });
    // The usable width of 279 mm less two 20 mm margins, in points.
    expect(design.elements[0].width).toBeCloseTo(((279 - 40) / 25.4) * 72, 1);
    expect(await sizes()).toEqual(['A3', 'A4', 'A5', 'Legal', 'Letter', 'Tabloid']);
    expect((await api('/invoice-pdf-templates/Tabloid')).json.template.id).toBe(6);
  });
});

describe('seeded finance settings', () => {
  it('holds on any day: rates of the week before "now", an ended rule that ended before it', () => {
    for (const at of ['2026-01-01T00:00:00Z', '2026-03-29T01:30:00Z', '2027-06-15T23:59:59Z']) {
      const now = Date.parse(at);
      const s = createEngine({ seed: 1, clock: createClock({ frozenAt: now }) }).store;
      const dates = [...new Set(s.exchangeRates.toArray().map((r) => r.date))].sort();
      expect(dates, at).toHaveLength(7);
      expect(dates.at(-1), at).toBe(new Date(now - 86_400_000).toISOString().slice(0, 10));
      const ended = s.taxRules.toArray().find((r) => !r.active)!;
      expect(ended.end_date! < at.slice(0, 10) && ended.start_date! < ended.end_date!, at).toBe(true);
      expect(s.currencies.toArray().map((c) => c.code), at).toEqual(['EUR', 'USD', 'GBP', 'JPY', 'SEK']);
      expect(s.invoicePdfTemplates.toArray().map((t) => t.page_size), at).toEqual(['A4', 'Letter', 'A3', 'Legal', 'A5']);
      for (const t of [...s.taxRules.toArray(), ...s.invoiceTemplates.toArray(), ...s.exchangeRates.toArray()]) expect(t.created_at <= now, at).toBe(true);
    }
    expect(createEngine({ seed: 1, scenario: 'empty' }).store.currencies.toArray()).toEqual([]);
  });
});

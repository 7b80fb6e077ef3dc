/**
 * Leads, deals, contacts and client notes (reference §10-§13) on the strict
 * MSW mock: owner and author rules, the primary-contact rule, the soft
 * delete, list orders and filters, the module switch's 403, the 400 and 404
 * bodies, and the seeded rows at several "nows".
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/node.js';
import { call, expectError, startMock, token } from './mock.js';

const { mock } = startMock();
const admin = token(mock, 'admin');
const alice = token(mock, 'user');
const aliceId = () => mock.engine.store.users.findBy('username', 'alice')!.id;

const get = (path: string, t = admin) => call('GET', `/api/v1${path}`, { token: t });
const send = (method: string, path: string, body: unknown, t = admin) => call(method, `/api/v1${path}`, { token: t, body });

describe('leads', () => {
  it('create (trimmed, defaults, tags as an array) -> patch -> delete; the owner or an admin only', async () => {
    const made = await send('POST', '/leads', { first_name: ' Sam ', last_name: 'Rivera', company_name: 'Rivera Logistics', tags: 'warm,smb', estimated_value: 0 }, alice);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ message: 'Lead created successfully' });
    const lead = made.body.lead;
    expect(lead).toMatchObject({ first_name: 'Sam', full_name: 'Sam Rivera', display_name: 'Sam Rivera (Rivera Logistics)', status: 'new', score: 0, currency_code: 'EUR', tags: ['warm', 'smb'], estimated_value: null, owner_id: aliceId(), created_by: aliceId(), is_converted: false, is_lost: false });
    // Alice cannot read or change the admin's leads; the admin can change hers.
    const adminLead = [...mock.engine.store.leads.all()].find((l) => l.owner_id !== aliceId())!;
    expectError(await get(`/leads/${adminLead.id}`, alice), 403, 'forbidden');
    expectError(await send('PATCH', `/leads/${adminLead.id}`, { score: 1 }, alice), 403, 'forbidden');
    const patched = await send('PATCH', `/leads/${lead.id}`, { status: 'converted', score: 77, notes: null, company_name: '  ' });
    expect(patched.body.message).toBe('Lead updated successfully');
    // A status is not a conversion (the real server's `is_converted` follows the conversion ids); null leaves a field.
    expect(patched.body.lead).toMatchObject({ status: 'converted', score: 77, is_converted: false, company_name: '', display_name: 'Sam Rivera' });
    expect((await send('DELETE', `/leads/${lead.id}`, undefined, alice)).body).toEqual({ message: 'Lead deleted successfully' });
    expectError(await get(`/leads/${lead.id}`), 404, 'not_found');
    expect((await get(`/leads/${lead.id}`)).body.error).toBe('Resource not found');
  });

  it('lists by score, hides converted and lost unless asked, filters by source, owner and search', async () => {
    const all = (await get('/leads')).body;
    const scores = all.leads.map((l: { score: number }) => l.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    expect(all.leads.some((l: { status: string }) => l.status === 'converted' || l.status === 'lost')).toBe(false);
    const converted = (await get('/leads?status=converted')).body.leads;
    expect(converted).toHaveLength(1);
    expect(converted[0]).toMatchObject({ is_converted: true });
    expect(converted[0].converted_to_deal_id).toBeGreaterThan(0);
    const fromWebsite = (await get('/leads?source=website')).body.leads;
    expect(fromWebsite.length).toBeGreaterThan(0);
    expect(fromWebsite.every((l: { source: string }) => l.source === 'website')).toBe(true);
    // A non-admin's `owner` always means their own leads; an admin's names the owner.
    const own = (await get('/leads?owner=1', alice)).body.leads;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((l: { owner_id: number }) => l.owner_id === aliceId())).toBe(true);
    expect((await get(`/leads?owner=${aliceId()}`)).body.leads.map((l: { id: number }) => l.id)).toEqual(own.map((l: { id: number }) => l.id));
    const someone = all.leads[0];
    const found = (await get(`/leads?search=${encodeURIComponent(someone.last_name.toUpperCase())}`)).body.leads;
    expect(found.map((l: { id: number }) => l.id)).toContain(someone.id);
    expect((await get('/leads?per_page=500')).body.pagination.per_page).toBe(100);
  });

  it('refuses blank names with the real message, and bad bodies and queries with 400', async () => {
    const blank = await send('POST', '/leads', { first_name: 'Jo', last_name: '   ' }, alice);
    expectError(blank, 400, 'error');
    expect(blank.body.error).toBe('first_name and last_name are required');
    expectError(await send('POST', '/leads', { first_name: 'Jo' }), 400, 'validation_error');
    expectError(await send('POST', '/leads', { first_name: 'Jo', last_name: 'X', score: 'high' }), 400, 'validation_error');
    expectError(await get('/leads?status=won'), 400, 'validation_error');
    expectError(await get('/leads?page=x'), 400, 'validation_error');
  });
});

describe('deals', () => {
  it('a stage walk: create (defaults) -> proposal -> won; weighted value; value 0 answers null', async () => {
    const made = await send('POST', '/deals', { name: ' Retainer ', client_id: 1, value: 10000, expected_close_date: '2040-06-30' }, alice);
    expect(made.status).toBe(201);
    const deal = made.body.deal;
    expect(deal).toMatchObject({ name: 'Retainer', stage: 'prospecting', status: 'open', probability: 50, value: 10000, weighted_value: 5000, currency_code: 'EUR', is_open: true, owner_id: aliceId(), closed_at: null });
    const proposal = (await send('PATCH', `/deals/${deal.id}`, { stage: 'proposal', probability: 65 }, alice)).body.deal;
    expect(proposal).toMatchObject({ stage: 'proposal', probability: 65, weighted_value: 6500 });
    const won = await send('PUT', `/deals/${deal.id}`, { status: 'won', stage: 'closed_won', actual_close_date: '2040-06-01' }, alice);
    expect(won.body).toMatchObject({ message: 'Deal updated successfully', deal: { status: 'won', is_won: true, is_open: false, actual_close_date: '2040-06-01', closed_at: null } });
    // Out of the default (open) list, in the won one.
    expect((await get('/deals?per_page=100')).body.deals.some((d: { id: number }) => d.id === deal.id)).toBe(false);
    expect((await get('/deals?status=won')).body.deals.some((d: { id: number }) => d.id === deal.id)).toBe(true);
    const zero = (await send('PATCH', `/deals/${deal.id}`, { value: 0 })).body.deal;
    expect(zero).toMatchObject({ value: null, weighted_value: 0 });
    expect((await send('DELETE', `/deals/${deal.id}`, undefined, alice)).body).toEqual({ message: 'Deal deleted successfully' });
    expectError(await get(`/deals/${deal.id}`), 404, 'not_found');
  });

  it('lists open deals by expected close (none first); other statuses; stage and owner filters; owner rule', async () => {
    const open = (await get('/deals')).body.deals as { status: string; expected_close_date: string | null; stage: string; owner_id: number; id: number }[];
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((d) => d.status === 'open')).toBe(true);
    const dates = open.map((d) => d.expected_close_date ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('');
    const every = (await get('/deals?status=all')).body.deals as { status: string }[];
    expect(new Set(every.map((d) => d.status))).toEqual(new Set(['open', 'won', 'lost', 'cancelled']));
    const lost = (await get('/deals?status=lost')).body.deals;
    expect(lost.length).toBe(1);
    expect(lost[0]).toMatchObject({ is_lost: true, stage: 'closed_lost' });
    expect(lost[0].loss_reason).toBeTruthy();
    const stage = (await get('/deals?stage=negotiation')).body.deals;
    expect(stage.length).toBeGreaterThan(0);
    expect(stage.every((d: { stage: string }) => d.stage === 'negotiation')).toBe(true);
    const mine = (await get('/deals?owner=999', alice)).body.deals;
    expect(mine.every((d: { owner_id: number }) => d.owner_id === aliceId())).toBe(true);
    const other = open.find((d) => d.owner_id !== aliceId())!;
    expectError(await get(`/deals/${other.id}`, alice), 403, 'forbidden');
    expectError(await send('DELETE', `/deals/${other.id}`, undefined, alice), 403, 'forbidden');
  });

  it('name is required (a validation error naming it); bad values are 400', async () => {
    const blank = await send('POST', '/deals', { name: '  ' });
    expectError(blank, 400, 'validation_error');
    expect(blank.body).toMatchObject({ error: 'name is required', errors: { name: ['name is required'] } });
    expectError(await send('POST', '/deals', { name: 'x', value: 'lots' }), 400, 'validation_error');
    expectError(await send('PATCH', '/deals/99999', { stage: 'x' }), 404, 'not_found');
  });
});

describe('contacts', () => {
  it("create a primary contact (the client's only one) -> update -> soft delete (still readable, out of the list)", async () => {
    const before = (await get('/clients/1/contacts')).body.contacts as { id: number; is_primary: boolean }[];
    expect(before.filter((c) => c.is_primary)).toHaveLength(1);
    const made = await send('POST', '/clients/1/contacts', { first_name: 'Jane', last_name: 'Doe', title: 'CFO', is_primary: true, tags: 'finance' }, alice);
    expect(made.status).toBe(201);
    expect(made.body.contact).toMatchObject({ client_id: 1, full_name: 'Jane Doe', display_name: 'Jane Doe - CFO', role: 'contact', is_primary: true, is_active: true, tags: ['finance'] });
    const id = made.body.contact.id;
    const after = (await get('/clients/1/contacts')).body.contacts as { id: number; is_primary: boolean; last_name: string; first_name: string }[];
    expect(after.filter((c) => c.is_primary).map((c) => c.id)).toEqual([id]);
    const names = after.map((c) => `${c.last_name}\u0000${c.first_name}`);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    // Giving the primary back clears the new one.
    const back = await send('PATCH', `/contacts/${before.find((c) => c.is_primary)!.id}`, { is_primary: true, phone: '+1 555 0100' });
    expect(back.body).toMatchObject({ message: 'Contact updated successfully', contact: { is_primary: true, phone: '+1 555 0100' } });
    expect((await get(`/contacts/${id}`)).body.contact.is_primary).toBe(false);
    expect((await send('DELETE', `/contacts/${id}`, undefined)).body).toEqual({ message: 'Contact deleted successfully' });
    expect((await get(`/contacts/${id}`)).body.contact.is_active).toBe(false);
    expect(((await get('/clients/1/contacts')).body.contacts as { id: number }[]).some((c) => c.id === id)).toBe(false);
  });

  it("refuses the mobile app's {name} and a blank last name; unknown client or contact: 404", async () => {
    const mobile = await send('POST', '/clients/1/contacts', { first_name: 'Jane', last_name: '' });
    expectError(mobile, 400);
    const blank = await send('POST', '/clients/1/contacts', { first_name: 'Jane', last_name: ' ' });
    expectError(blank, 400, 'error');
    expect(blank.body.error).toBe('first_name and last_name are required');
    expectError(await send('POST', '/clients/1/contacts', { name: 'Jane Doe' }), 400, 'validation_error');
    expectError(await get('/clients/99999/contacts'), 404, 'not_found');
    expectError(await send('POST', '/clients/99999/contacts', { first_name: 'A', last_name: 'B' }), 404, 'not_found');
    expectError(await get('/contacts/99999'), 404, 'not_found');
  });
});

describe('client notes', () => {
  it('important first, then newest; create -> update (content required, author or admin) -> delete', async () => {
    const notes = (await get('/clients/1/notes')).body.notes as { is_important: boolean; created_at: string }[];
    expect(notes.length).toBeGreaterThan(1);
    const keys = notes.map((n) => `${n.is_important ? 0 : 1}${'\uffff'}${n.created_at}`);
    expect(notes.map((n) => n.is_important)).toEqual([...notes.map((n) => n.is_important)].sort((a, b) => Number(b) - Number(a)));
    for (let i = 1; i < notes.length; i++) if (notes[i].is_important === notes[i - 1].is_important) expect(notes[i].created_at <= notes[i - 1].created_at, keys.join()).toBe(true);
    const made = await send('POST', '/clients/1/notes', { content: '  Call before invoicing.  ', is_important: true }, alice);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ message: 'Client note created successfully', note: { content: 'Call before invoicing.', client_id: 1, user_id: aliceId(), author: 'alice', is_important: true } });
    expect(made.body.note.client_name).toBe(mock.engine.store.clients.get(1)!.name);
    const id = made.body.note.id;
    expect((await get('/clients/1/notes')).body.notes[0].id).toBe(id);
    // Content is required on every update, and checked before the author.
    const onlyFlag = await send('PATCH', `/client-notes/${id}`, { content: ' ', is_important: false }, alice);
    expectError(onlyFlag, 400);
    expect(onlyFlag.body.error).toBe('content is required');
    expectError(await send('PATCH', `/client-notes/${id}`, { is_important: false }, alice), 400, 'validation_error');
    const adminsNote = [...mock.engine.store.clientNotes.all()].find((n) => n.user_id !== aliceId())!;
    expectError(await send('PUT', `/client-notes/${adminsNote.id}`, { content: 'mine now' }, alice), 403, 'forbidden');
    expectError(await send('DELETE', `/client-notes/${adminsNote.id}`, undefined, alice), 403, 'forbidden');
    expect((await send('PUT', `/client-notes/${id}`, { content: 'Call first.', is_important: false }, alice)).body.note).toMatchObject({ content: 'Call first.', is_important: false });
    // Anyone reads any note; the admin edits anyone's.
    expect((await get(`/client-notes/${adminsNote.id}`, alice)).status).toBe(200);
    expect((await send('PATCH', `/client-notes/${id}`, { content: 'Edited by the admin' })).status).toBe(200);
    expect((await send('DELETE', `/client-notes/${id}`, undefined, alice)).body).toEqual({ message: 'Client note deleted successfully' });
    expectError(await get(`/client-notes/${id}`), 404, 'not_found');
    expectError(await get('/clients/99999/notes'), 404, 'not_found');
  });
});

describe('module switches', () => {
  it('a disabled module answers 403 module_disabled on every route of its group, after the scope check', async () => {
    const settings = mock.engine.store.settings;
    const saved = [...settings.enabled_modules];
    try {
      settings.enabled_modules = saved.filter((m) => m !== 'leads' && m !== 'clients');
      for (const [method, path] of [['GET', '/leads'], ['GET', '/leads/1'], ['DELETE', '/leads/1'], ['GET', '/clients/1/notes'], ['GET', '/client-notes/1']] as const) {
        const res = await call(method, `/api/v1${path}`, { token: admin });
        expect(res.status, path).toBe(403);
        expect(res.body).toEqual({ error: 'module_disabled', message: `${path.includes('lead') ? 'leads' : 'clients'} module is disabled by the administrator.`, error_code: 'forbidden' });
      }
      // Deals and contacts are other modules: still on.
      expect((await get('/deals')).status).toBe(200);
      expect((await get('/clients/1/contacts')).status).toBe(200);
      // The scope check comes first: a token without read:leads gets the scope 403.
      expect((await get('/leads', token(mock, 'narrow'))).body.error_code).toBe('forbidden');
      expect((await get('/leads', token(mock, 'narrow'))).body.required_scope).toBe('read:leads');
    } finally {
      settings.enabled_modules = saved;
    }
    expect((await get('/leads/1')).status).toBe(200);
  });
});

describe('seeded CRM data at several nows', () => {
  for (const now of ['2026-01-05T08:00:00Z', '2026-11-16T10:00:00Z', '2027-02-28T23:30:00Z', '2028-02-29T12:00:00Z']) {
    it(`${now}: every lead status and deal status, open deals close ahead, closed behind; contacts and notes`, () => {
      const at = Date.parse(now);
      const { store } = createEngine({ seed: 7, seedNow: at });
      const today = new Date(at).toISOString().slice(0, 10);
      const leads = [...store.leads.all()];
      expect(new Set(leads.map((l) => l.status))).toEqual(new Set(['new', 'contacted', 'qualified', 'converted', 'lost']));
      expect(leads.every((l) => l.created_at < at && l.updated_at <= at)).toBe(true);
      const deals = [...store.deals.all()];
      expect(new Set(deals.map((d) => d.status))).toEqual(new Set(['open', 'won', 'lost', 'cancelled']));
      expect(new Set(deals.map((d) => d.stage))).toEqual(new Set(['prospecting', 'qualification', 'proposal', 'negotiation', 'closed_won', 'closed_lost']));
      for (const d of deals) {
        if (d.status === 'open' && d.expected_close_date !== null) expect(d.expected_close_date > today).toBe(true);
        if (d.status === 'won' || d.status === 'lost') expect(d.actual_close_date! < today && d.closed_at! < at).toBe(true);
        expect(d.created_at).toBeLessThan(at);
      }
      const converted = leads.find((l) => l.status === 'converted')!;
      expect(store.deals.get(converted.converted_to_deal_id!)!.lead_id).toBe(converted.id);
      for (const c of store.clients.all()) {
        if (c.status !== 'active') continue;
        expect(store.views.contactsByClient.group(c.id).filter((x) => x.is_primary && x.is_active)).toHaveLength(1);
      }
      expect([...store.contacts.all()].some((c) => !c.is_active)).toBe(true);
      const notes = [...store.clientNotes.all()];
      expect(notes.some((n) => n.is_important) && notes.some((n) => !n.is_important)).toBe(true);
      expect(notes.every((n) => n.created_at < at)).toBe(true);
      expect(new Set(notes.map((n) => n.user_id)).size).toBeGreaterThan(2);
    });
  }

  it('the empty scenario has none; the same seed gives the same rows', () => {
    const empty = createEngine({ seed: 1, scenario: 'empty' }).store;
    expect([empty.leads.size, empty.deals.size, empty.contacts.size, empty.clientNotes.size]).toEqual([0, 0, 0, 0]);
    const a = createEngine({ seed: 3, seedNow: Date.parse('2026-06-01T00:00:00Z') }).store;
    const b = createEngine({ seed: 3, seedNow: Date.parse('2026-06-01T00:00:00Z') }).store;
    expect([...a.leads.all()]).toEqual([...b.leads.all()]);
    expect([...a.contacts.all()]).toEqual([...b.contacts.all()]);
  });
});

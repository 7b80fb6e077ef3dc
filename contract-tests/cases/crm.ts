/**
 * Leads, deals, contacts and client notes (beyond the API documentation: the
 * real server's routes, reference §10-§13). Each case makes what it needs
 * through the API and removes it afterwards (contacts can only be
 * deactivated: a run leaves inactive contacts on the fixture client, which
 * its list does not show).
 */
import { getCase, unknownId, type CaseArgs, type OperationCase } from '../lib/case.js';
import { GHOST_ID, type Ctx } from '../lib/context.js';
import type { JsonObject } from '../lib/spec.js';
import type { OperationId } from '../../src/generated/timetracker/handlers.js';
import { afterCreate, made, onRow } from './business.js';

export const lead = (c: Ctx, extra: JsonObject = {}) =>
  made(c, 'createLead', { first_name: 'Contract', last_name: c.name('lead'), ...extra }, 'lead', (id) => c.call('deleteLead', { params: { lead_id: id } }));
export const deal = (c: Ctx, extra: JsonObject = {}) =>
  made(c, 'createDeal', { name: c.name('deal'), ...extra }, 'deal', (id) => c.call('deleteDeal', { params: { deal_id: id } }));
/** A contact on the fixture client (`made` sends no path), deactivated afterwards. */
const contactOn = async (a: CaseArgs) => {
  a.c.requireWrites();
  const client = a.fx.need('client');
  const res = await a.c.must('createContact', { params: { client_id: client }, json: { first_name: 'Contract', last_name: a.c.name('contact') } });
  const id = (res.contact as JsonObject).id as number;
  a.c.defer(`deactivate contact ${id}`, () => a.c.call('deleteContact', { params: { contact_id: id } }));
  return id;
};
const note = async (a: CaseArgs) => {
  a.c.requireWrites();
  const res = await a.c.must('createClientNote', { params: { client_id: a.fx.need('client') }, json: { content: a.c.name('note') } });
  const id = (res.note as JsonObject).id as number;
  a.c.defer(`delete note ${id}`, () => a.c.call('deleteClientNote', { params: { note_id: id } }));
  return id;
};

/** A case on one row the valid request makes first; an unknown id is the real server's `first_or_404` (404). */
const row = (operationId: OperationId, param: string, make: (a: CaseArgs) => Promise<number>, json?: (a: CaseArgs) => JsonObject) =>
  onRow(operationId, param, make, json, {
    negatives: [unknownId(param, { provenance: 'observed', request: async (a) => ({ params: { [param]: GHOST_ID }, ...(json ? { json: json(a) } : {}) }) })],
  });
/** An unknown client on the client-scoped routes: 404 (the notes routes: this spec's; the real server does not check the client). */
const unknownClient = (provenance: 'observed' | 'specified', json?: JsonObject) =>
  unknownId('client_id', { provenance, request: async () => ({ params: { client_id: GHOST_ID }, ...(json ? { json } : {}) }) });
const badPage = { rule: 'query.page not an integer', provenance: 'specified' as const, status: [400], request: async () => ({ query: { page: 'x' } }) };

export const crmCases: OperationCase[] = [
  // Client notes (§13)
  {
    operationId: 'listClientNotes',
    valid: async ({ fx }) => ({ params: { client_id: fx.need('client') }, query: { per_page: 500 } }),
    pagePath: async ({ fx }) => ({ client_id: fx.need('client') }),
    negatives: [unknownClient('specified'), { ...badPage, request: async ({ fx }) => ({ params: { client_id: fx.need('client') }, query: { page: 'x' } }) }],
  },
  {
    operationId: 'createClientNote',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { params: { client_id: fx.need('client') }, json: { content: c.name('note'), is_important: true } };
    },
    expectStatus: 201,
    after: afterCreate('note', (c, id) => c.call('deleteClientNote', { params: { note_id: id } })),
    negatives: [
      { rule: 'body.content required', provenance: 'observed', status: [400], request: async ({ fx }) => ({ params: { client_id: fx.need('client') }, json: { is_important: true } }) },
      { rule: 'blank content: 400', provenance: 'observed', status: [400], request: async ({ fx }) => ({ params: { client_id: fx.need('client') }, json: { content: '   ' } }) },
      unknownClient('specified', { content: 'contract' }),
    ],
  },
  row('getClientNote', 'note_id', note),
  row('updateClientNote', 'note_id', note, ({ c }) => ({ content: c.name('note'), is_important: false })),
  row('patchClientNote', 'note_id', note, ({ c }) => ({ content: c.name('note') })),
  row('deleteClientNote', 'note_id', note),

  // Contacts (§12)
  {
    operationId: 'listClientContacts',
    valid: async ({ fx }) => ({ params: { client_id: fx.need('client') } }),
    negatives: [unknownClient('observed')],
  },
  {
    operationId: 'createContact',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { params: { client_id: fx.need('client') }, json: { first_name: 'Contract', last_name: c.name('contact'), email: 'contract@example.com', title: 'CFO' } };
    },
    expectStatus: 201,
    after: afterCreate('contact', (c, id) => c.call('deleteContact', { params: { contact_id: id } })),
    negatives: [
      // The mobile app's body (reference §24 #6).
      { rule: 'body.last_name required', provenance: 'observed', status: [400], request: async ({ fx }) => ({ params: { client_id: fx.need('client') }, json: { name: 'Contract Person' } }) },
      { rule: 'blank last_name: 400', provenance: 'observed', status: [400], request: async ({ fx }) => ({ params: { client_id: fx.need('client') }, json: { first_name: 'Contract', last_name: ' ' } }) },
      unknownClient('observed', { first_name: 'Contract', last_name: 'Person' }),
    ],
  },
  row('getContact', 'contact_id', contactOn),
  row('updateContact', 'contact_id', contactOn, () => ({ phone: '+1 555 0100' })),
  row('patchContact', 'contact_id', contactOn, () => ({ title: 'Head of Finance' })),
  row('deleteContact', 'contact_id', contactOn),

  // Deals (§11)
  getCase('listDeals', { status: 'all', per_page: 100 }, { negatives: [badPage] }),
  {
    operationId: 'createDeal',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: { name: c.name('deal'), client_id: fx.need('client'), value: 1000, probability: 40, stage: 'proposal', expected_close_date: '2040-06-30' } };
    },
    expectStatus: 201,
    after: afterCreate('deal', (c, id) => c.call('deleteDeal', { params: { deal_id: id } })),
    negatives: [
      { rule: 'body.name required', provenance: 'observed', status: [400], request: async () => ({ json: { value: 10 } }) },
      { rule: 'body.value not a number', provenance: 'observed', status: [400], request: async ({ c }) => ({ json: { name: c.name('deal'), value: 'lots' } }) },
    ],
  },
  row('getDeal', 'deal_id', ({ c }) => deal(c)),
  row('updateDeal', 'deal_id', ({ c }) => deal(c), () => ({ stage: 'negotiation', probability: 70 })),
  row('patchDeal', 'deal_id', ({ c }) => deal(c), () => ({ status: 'won', stage: 'closed_won' })),
  row('deleteDeal', 'deal_id', ({ c }) => deal(c)),

  // Leads (§10)
  getCase('listLeads', { per_page: 100 }, { negatives: [badPage] }),
  {
    operationId: 'createLead',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: { first_name: 'Contract', last_name: c.name('lead'), company_name: 'Contract Co', email: 'lead@example.com', source: 'website', score: 30, tags: 'contract,kit' } };
    },
    expectStatus: 201,
    after: afterCreate('lead', (c, id) => c.call('deleteLead', { params: { lead_id: id } })),
    negatives: [
      { rule: 'body.last_name required', provenance: 'observed', status: [400], request: async () => ({ json: { first_name: 'Contract' } }) },
      // The React app's empty last name (reference §24 #12).
      { rule: 'blank last_name: 400', provenance: 'observed', status: [400], request: async () => ({ json: { first_name: 'Contract', last_name: ' ' } }) },
    ],
  },
  row('getLead', 'lead_id', ({ c }) => lead(c)),
  row('updateLead', 'lead_id', ({ c }) => lead(c), () => ({ status: 'contacted', score: 50 })),
  row('patchLead', 'lead_id', ({ c }) => lead(c), () => ({ status: 'qualified' })),
  row('deleteLead', 'lead_id', ({ c }) => lead(c)),
];

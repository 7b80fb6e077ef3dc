/**
 * The stateful flows of the CRM routes (reference §10-§13): a lead worked
 * into a deal that walks the pipeline to won (the lists follow each step),
 * and a client's contacts (one primary, soft delete) and notes (important
 * first, content required on every edit).
 */
import { idOf } from '../lib/context.js';
import { arrayAt, expectThat, objectAt, sharedId, step, type Flow } from '../lib/flow.js';

const ids = (rows: { id?: unknown }[]) => rows.map((r) => r.id);

export const dealPipelineFlow: Flow = {
  id: 'deal-pipeline',
  title: 'lead -> a deal from it -> stage walk (the weighted value follows) -> lead converted (out of the default list) -> deal won (out of the open list, in the won one)',
  async run(c, shared) {
    const clientId = sharedId(shared, 'clientId');
    const last = c.name('lead').replace(/\s+/g, '-');
    const made = await step(c, 'lead', 'createLead', { json: { first_name: 'Flow', last_name: last, company_name: 'Flow Co', score: 90 } }, 201);
    const leadId = idOf(made.body, 'lead');
    c.defer(`delete lead ${leadId}`, () => c.call('deleteLead', { params: { lead_id: leadId } }));
    const findLead = async (label: string, query: Record<string, string>) => ids(arrayAt(await step(c, label, 'listLeads', { query: { search: last, ...query } }, 200), 'leads', label));
    expectThat((await findLead('lead listed', {})).includes(leadId), 'lead listed', 'the new lead is not in the default list');

    const stage1 = `prospect-${leadId}`;
    const stage2 = `proposal-${leadId}`;
    const d = await step(c, 'deal from the lead', 'createDeal', { json: { name: c.name('deal'), client_id: clientId, lead_id: leadId, value: 20000, probability: 20, stage: stage1 } }, 201);
    const dealId = idOf(d.body, 'deal');
    c.defer(`delete deal ${dealId}`, () => c.call('deleteDeal', { params: { deal_id: dealId } }));
    const deal = objectAt(d, 'deal', 'deal from the lead');
    expectThat(deal.status === 'open' && deal.lead_id === leadId && deal.weighted_value === 4000, 'deal from the lead', `status ${String(deal.status)}, lead ${String(deal.lead_id)}, weighted ${String(deal.weighted_value)} (expected open, ${leadId}, 4000)`, d.ex, 'observed');
    const inStage = async (label: string, stage: string, status?: string) =>
      ids(arrayAt(await step(c, label, 'listDeals', { query: { stage, ...(status ? { status } : {}) } }, 200), 'deals', label));
    expectThat((await inStage('open deals in the first stage', stage1)).includes(dealId), 'open deals in the first stage', 'the deal is not listed in its stage');

    const moved = await step(c, 'next stage', 'patchDeal', { params: { deal_id: dealId }, json: { stage: stage2, probability: 60 } }, 200);
    expectThat(objectAt(moved, 'deal', 'next stage').weighted_value === 12000, 'next stage', `weighted value ${String(objectAt(moved, 'deal', 'next stage').weighted_value)}, expected 12000`, moved.ex, 'observed');
    expectThat((await inStage('the first stage after the move', stage1)).length === 0, 'the first stage after the move', 'the deal is still listed in its old stage');
    expectThat((await inStage('the second stage', stage2)).includes(dealId), 'the second stage', 'the deal is not listed in its new stage');

    await step(c, 'lead converted', 'patchLead', { params: { lead_id: leadId }, json: { status: 'converted' } }, 200);
    expectThat(!(await findLead('default list after converting', {})).includes(leadId), 'default list after converting', 'a converted lead is still in the default list', undefined, 'observed');
    expectThat((await findLead('converted leads', { status: 'converted' })).includes(leadId), 'converted leads', 'the lead is not listed as converted', undefined, 'observed');

    const won = await step(c, 'won', 'patchDeal', { params: { deal_id: dealId }, json: { status: 'won', actual_close_date: '2040-06-01' } }, 200);
    const w = objectAt(won, 'deal', 'won');
    expectThat(w.is_won === true && w.is_open === false && w.actual_close_date === '2040-06-01', 'won', `is_won ${String(w.is_won)}, is_open ${String(w.is_open)}, actual_close_date ${String(w.actual_close_date)}`, won.ex, 'observed');
    expectThat(!(await inStage('open list after winning', stage2)).includes(dealId), 'open list after winning', 'a won deal is still in the open list', undefined, 'observed');
    expectThat((await inStage('won list', stage2, 'won')).includes(dealId), 'won list', 'the won deal is not in the won list', undefined, 'observed');
  },
};

export const clientContactsNotesFlow: Flow = {
  id: 'client-contacts-notes',
  title: "a client's contacts: one primary at a time, a deleted contact leaves the list but stays readable; its notes: important first, content required on every edit",
  async run(c, shared) {
    const clientId = sharedId(shared, 'clientId');
    const contact = async (first: string) => {
      const r = await step(c, `contact ${first}`, 'createContact', { params: { client_id: clientId }, json: { first_name: first, last_name: c.name('contact') } }, 201);
      const id = idOf(r.body, 'contact');
      c.defer(`deactivate contact ${id}`, () => c.call('deleteContact', { params: { contact_id: id } }));
      return id;
    };
    const a = await contact('Ada');
    const b = await contact('Ben');
    // Made primary by an update (the real server drops `is_primary` on create).
    await step(c, 'Ada primary', 'patchContact', { params: { contact_id: a }, json: { is_primary: true } }, 200);
    await step(c, 'Ben primary', 'patchContact', { params: { contact_id: b }, json: { is_primary: true } }, 200);
    const listed = arrayAt(await step(c, 'contacts', 'listClientContacts', { params: { client_id: clientId } }, 200), 'contacts', 'contacts');
    const primaries = listed.filter((x) => x.is_primary === true).map((x) => x.id);
    expectThat(primaries.length === 1 && primaries[0] === b, 'contacts', `primary contacts ${JSON.stringify(primaries)}, expected only ${b}`, undefined, 'observed');
    await step(c, 'delete Ada', 'deleteContact', { params: { contact_id: a } }, 200);
    const after = ids(arrayAt(await step(c, 'contacts after the delete', 'listClientContacts', { params: { client_id: clientId } }, 200), 'contacts', 'contacts after the delete'));
    expectThat(!after.includes(a) && after.includes(b), 'contacts after the delete', 'the deleted contact is still listed (or the other one is gone)', undefined, 'observed');
    const gone = objectAt(await step(c, 'deleted contact by id', 'getContact', { params: { contact_id: a } }, 200), 'contact', 'deleted contact by id');
    expectThat(gone.is_active === false, 'deleted contact by id', 'a deleted contact is still active', undefined, 'observed');

    const note = async (content: string, important: boolean) => {
      const r = await step(c, `note ${content}`, 'createClientNote', { params: { client_id: clientId }, json: { content, is_important: important } }, 201);
      const id = idOf(r.body, 'note');
      c.defer(`delete note ${id}`, () => c.call('deleteClientNote', { params: { note_id: id } }));
      return id;
    };
    await note('plain', false);
    const important = await note('important', true);
    const notes = arrayAt(await step(c, 'notes', 'listClientNotes', { params: { client_id: clientId } }, 200), 'notes', 'notes');
    expectThat(notes[0]?.id === important, 'notes', `the first note is ${String(notes[0]?.id)}, expected the important one (${important})`, undefined, 'observed');
    await step(c, 'toggle without content', 'patchClientNote', { params: { note_id: important }, json: { content: '', is_important: false } }, 400);
  },
};

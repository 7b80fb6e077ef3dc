/**
 * /api/v1/credit-notes (reference §5), declared on `resource`: no access
 * check; a note lowers its invoice's `outstanding_amount` (invoices.ts),
 * never `amount_paid`. Numbered `CN-<invoice_id>-<unix seconds>` on the
 * engine clock.
 */
import { badRequest } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import { isoNaive, round2 } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { CreditNoteRow } from '../../store/timetracker/billing-types.js';
import { pick } from './records.js';
import { resource } from './resource.js';

type S = components['schemas'];

const creditNoteDict = (c: CreditNoteRow): S['CreditNote'] => ({ ...c, created_at: isoNaive(c.created_at) });

/** `CN-<invoice>-<unix seconds>`; a second note of the invoice in the same second gets `-2`, `-3`... (real server: a 409). */
function creditNumber(store: Store, invoiceId: number, now: number): string {
  const base = `CN-${invoiceId}-${Math.floor(now / 1000)}`;
  let number = base;
  for (let n = 2; store.creditNotes.findBy('credit_number', number); n++) number = `${base}-${n}`;
  return number;
}

const note = resource({
  table: (s) => s.creditNotes,
  what: 'Credit note',
  id: 'credit_note_id',
  one: 'credit_note',
  many: 'credit_notes',
  dict: creditNoteDict,
  messages: { created: 'Credit note created successfully', updated: 'Credit note updated successfully', deleted: 'Credit note deleted successfully' },
});

const updateCreditNote: TimeTrackerHandlers['updateCreditNote'] = (ctx) => {
  const c = note.row(ctx);
  const b = ctx.body;
  ctx.store.creditNotes.update(c.id, { ...pick(b, ['reason']), ...(b.amount === undefined ? {} : { amount: round2(b.amount) }) });
  // The real server answers the message only.
  return ok({ message: 'Credit note updated successfully' });
};

export const creditNotes = {
  listCreditNotes: note.list(({ store, query }) => {
    const view = store.views.creditNotesNewestFirst;
    return query.invoice_id === undefined ? view.rows() : view.group(query.invoice_id);
  }),
  getCreditNote: note.get,
  createCreditNote: note.create<S['CreditNoteCreate']>(({ store, body: b, auth, now }) => {
    // "Required" is truthy on the real server: an amount of 0 is missing.
    if (b.amount === 0) throw badRequest('Missing required fields: amount');
    const invoice = store.invoices.get(b.invoice_id);
    if (!invoice) throw badRequest('Invalid invoice_id');
    return { invoice_id: invoice.id, credit_number: creditNumber(store, invoice.id, now), amount: round2(b.amount), reason: b.reason ?? null, created_by: auth.user.id, created_at: now };
  }),
  updateCreditNote,
  patchCreditNote: updateCreditNote,
  deleteCreditNote: note.remove(),
} satisfies Partial<TimeTrackerHandlers>;

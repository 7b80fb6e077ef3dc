/**
 * The PDF downloads (reference §2 invoice PDF, §20 time-off request form):
 * the row's facts as lines of a small PDF (src/core/pdf.ts), sent as an
 * attachment the way the real server's `send_file` names it. The access
 * rules are the routes' own: an invoice's creator or an admin; a request's
 * owner, an admin or a policy approver.
 */
import { ApiError } from '../../core/errors.js';
import { PAGE_SIZES, pdfDocument, type PageSize, type PdfLine } from '../../core/pdf.js';
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { detail, ownInvoice } from './invoices.js';
import { found } from './records.js';
import { policy } from './workforce.js';

const money = (n: number, currency: string) => `${n.toFixed(2)} ${currency}`;

/** The real server's `size` values; anything else is A4. */
const pageSize = (size: string | undefined): PageSize => (size !== undefined && Object.hasOwn(PAGE_SIZES, size) ? (size as PageSize) : 'A4');

/** A PDF answer: bytes, `application/pdf`, downloaded as `filename`. */
function pdfAnswer(bytes: Uint8Array, filename: string) {
  return { status: 200 as const, headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename=${filename}` }, body: bytes };
}

const heading = (text: string): PdfLine => ({ text, bold: true, size: 12 });

export const documents = {
  getInvoicePdf: ({ store, params, query, auth, now }) => {
    const i = ownInvoice(store, auth, params.invoice_id);
    const d = detail(store, i, now);
    const cur = i.currency_code;
    const lines: (PdfLine | string)[] = [
      { text: `INVOICE ${i.invoice_number}`, bold: true, size: 18 },
      `Status: ${i.status}`,
      `Issue date: ${i.issue_date}    Due date: ${i.due_date}`,
      '',
      heading('Bill to'),
      i.client_name,
      ...(i.client_email ? [i.client_email] : []),
      ...(i.client_address ? i.client_address.split('\n') : []),
      ...(d.project_name ? [`Project: ${d.project_name}`] : []),
      '',
      heading('Items'),
      ...(i.items.length === 0 ? ['(no items)'] : i.items.map((it) => `${it.description}    ${it.quantity} x ${it.unit_price.toFixed(2)} = ${money(it.total_amount, cur)}`)),
      '',
      `Subtotal: ${money(i.subtotal, cur)}`,
      `Tax (${i.tax_rate}%): ${money(i.tax_amount, cur)}`,
      { text: `Total: ${money(i.total_amount, cur)}`, bold: true, size: 12 },
      `Paid: ${money(d.amount_paid, cur)}    Outstanding: ${money(d.outstanding_amount, cur)}`,
      ...(d.payments.length > 0 ? ['', heading('Payments'), ...d.payments.map((p) => [p.payment_date, money(p.amount, p.currency), p.status, p.method ?? ''].join('    ').trimEnd())] : []),
      ...(i.notes ? ['', heading('Notes'), ...i.notes.split('\n')] : []),
      ...(i.terms ? ['', heading('Terms'), ...i.terms.split('\n')] : []),
    ];
    return pdfAnswer(pdfDocument({ title: `Invoice ${i.invoice_number}`, lines, pageSize: pageSize(query.size) }), `${i.invoice_number}.pdf`);
  },

  getTimeOffRequestPdf: ({ store, params, auth, now }) => {
    const r = found(store.timeOffRequests, params.request_id, 'Time-off request');
    if (r.user_id !== auth.user.id && !auth.isAdmin && !policy(store, now).approver_user_ids.includes(auth.user.id)) throw new ApiError(403, 'Access denied', 'forbidden');
    const user = store.users.get(r.user_id);
    const reviewer = r.reviewed_by === null ? undefined : store.users.get(r.reviewed_by);
    const name = (u: typeof user) => (u ? (u.full_name ?? u.username) : '-');
    const lines: (PdfLine | string)[] = [
      { text: 'Time-off request', bold: true, size: 18 },
      `Request #${r.id}    Status: ${r.status}`,
      '',
      heading('Employee'),
      name(user),
      '',
      heading('Leave'),
      `Type: ${store.leaveTypes.get(r.leave_type_id)?.name ?? '-'}`,
      `From: ${r.start_date}${r.start_half_day ? ' (half day)' : ''}    To: ${r.end_date}${r.end_half_day ? ' (half day)' : ''}`,
      `Hours: ${r.requested_hours ?? '-'}`,
      `Comment: ${r.requested_comment ?? '-'}`,
      `Submitted: ${r.submitted_at === null ? '-' : isoNaive(r.submitted_at)}`,
      '',
      heading('Review'),
      `Reviewer: ${name(reviewer)}`,
      `Reviewed: ${r.reviewed_at === null ? '-' : isoNaive(r.reviewed_at)}`,
      `Comment: ${r.review_comment ?? '-'}`,
    ];
    return pdfAnswer(pdfDocument({ title: `Time-off request ${r.id}`, lines }), `time_off_request_${r.id}.pdf`);
  },
} satisfies Partial<TimeTrackerHandlers>;

/**
 * /api/v1/invoice-templates (invoice themes) and /api/v1/invoice-pdf-templates
 * (the PDF layout of each page size), administrators only (reference §25,
 * `api_v1.py:2243-2364`), declared on `settingsResource`. One rule of their
 * own: at most one theme is the default (setting one unsets the others).
 */
import { badRequest } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { InvoicePdfTemplateRow, InvoiceTemplateRow } from '../../store/timetracker/finance-settings-types.js';
import type { ResourceCtx } from './resource.js';
import { settingsResource } from './settings-resource.js';

type S = components['schemas'];
type PageSize = components['parameters']['PageSize'];

/** Page sizes in mm (`models/invoice_pdf_template.py:30`). */
const PAGE_MM: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
  A3: { width: 297, height: 420 },
  Letter: { width: 216, height: 279 },
  Legal: { width: 216, height: 356 },
  Tabloid: { width: 279, height: 432 },
};

/**
 * The ReportLab design a page size gets when its template is first asked
 * for: the real server's shape (`{page: {size, margin}, elements, styles}`,
 * margins 20 mm, positions in points), shortened to a title, the client, the
 * items table and the total.
 */
export function defaultPdfTemplateJson(size: PageSize): string {
  const margin = (20 / 25.4) * 72;
  const width = (PAGE_MM[size].width / 25.4) * 72 - 2 * margin;
  const at = (x: number) => Math.round(x * 100) / 100;
  const text = (y: number, value: string, font: string, pt: number) => ({ type: 'text', x: at(margin), y: at(margin + y), text: value, width: at(width), style: { font, size: pt, color: '#000000', align: 'left' } });
  return JSON.stringify({
    page: { size, margin: { top: 20, right: 20, bottom: 20, left: 20 } },
    elements: [
      text(10, 'INVOICE', 'Helvetica-Bold', 28),
      text(50, '{{ invoice.invoice_number }}', 'Helvetica', 10),
      text(80, '{{ invoice.client_name }}', 'Helvetica', 10),
      { type: 'table', x: at(margin), y: at(margin + 140), width: at(width), columns: ['description', 'quantity', 'unit_price', 'total_amount'], data: '{{ invoice.items }}' },
      text(340, '{{ invoice.total_amount }}', 'Helvetica-Bold', 12),
    ],
    styles: { default: { font: 'Helvetica', size: 10, color: '#000000' } },
  });
}

const pdfDict = (t: InvoicePdfTemplateRow): S['InvoicePdfTemplate'] => ({
  id: t.id,
  page_size: t.page_size,
  template_html: t.template_html ?? '',
  template_css: t.template_css ?? '',
  design_json: t.design_json ?? '',
  template_json: t.template_json ?? '',
  is_default: t.is_default,
  created_at: isoNaive(t.created_at),
  updated_at: isoNaive(t.updated_at),
});

/** The template of a page size, made with the default design on first use (`models/invoice_pdf_template.py:43`). */
function pdfTemplateOf({ store, params, now }: ResourceCtx<{ page_size: PageSize }>): InvoicePdfTemplateRow {
  const size = params.page_size;
  return (
    store.invoicePdfTemplates.findBy('page_size', size) ??
    store.invoicePdfTemplates.insert({ page_size: size, template_html: '', template_css: '', design_json: '', template_json: defaultPdfTemplateJson(size), date_format: '%d.%m.%Y', is_default: true, created_at: now, updated_at: now })
  );
}

const theme = settingsResource({
  table: (s) => s.invoiceTemplates,
  what: 'Invoice template',
  id: 'template_id',
  one: 'template',
  many: 'templates',
  dict: (t): S['InvoiceTemplate'] => ({ ...t, html: t.html ?? '', css: t.css ?? '', created_at: isoNaive(t.created_at), updated_at: isoNaive(t.updated_at) }),
  messages: { created: 'Invoice template created successfully', updated: 'Invoice template updated successfully', deleted: 'Invoice template deleted successfully' },
});

/** Trimmed text, null when empty (how the routes store description, html and css). */
const textOrNull = (v: string | null | undefined): string | null => (v ?? '').trim() || null;

/** `Template name already exists` when another template has the name. */
function uniqueName(store: Store, name: string, self?: number): void {
  const other = store.invoiceTemplates.findBy('name', name);
  if (other && other.id !== self) throw badRequest('Template name already exists');
}

/** Every other template stops being the default. */
function onlyDefault(store: Store, now: number, self?: number): void {
  for (const t of [...store.views.defaultInvoiceTemplates.rows()]) if (t.id !== self) store.invoiceTemplates.update(t.id, { is_default: false, updated_at: now });
}

type Update = S['InvoiceTemplateUpdate'];
const updateInvoiceTemplate = theme.set<{ template_id: number }, Update>(theme.row, ({ body: b, store, now }, row) => {
  const patch: Partial<InvoiceTemplateRow> = { updated_at: now };
  if (b.name !== undefined) {
    const name = (b.name ?? '').trim();
    if (!name) throw badRequest('name cannot be empty');
    uniqueName(store, name, row.id);
    patch.name = name;
  }
  for (const f of ['description', 'html', 'css'] as const) if (b[f] !== undefined) patch[f] = textOrNull(b[f]);
  if (b.is_default === true) {
    onlyDefault(store, now, row.id);
    patch.is_default = true;
  }
  return patch;
});

export const invoiceTemplates = {
  listInvoicePdfTemplates: (ctx: ResourceCtx) => ok({ templates: ctx.store.views.pdfTemplatesBySize.rows().map(pdfDict) }),
  getInvoicePdfTemplate: (ctx: ResourceCtx<{ page_size: PageSize }>) => ok({ template: pdfDict(pdfTemplateOf(ctx)) }),

  listInvoiceTemplates: theme.all(({ store }) => store.views.invoiceTemplatesByName.rows()),
  getInvoiceTemplate: theme.get,
  createInvoiceTemplate: theme.add<S['InvoiceTemplateCreate']>(({ body: b, store, now }) => {
    const name = (b.name ?? '').trim();
    if (!name) throw badRequest('name is required');
    uniqueName(store, name);
    const isDefault = b.is_default ?? false;
    if (isDefault) onlyDefault(store, now);
    return { name, description: textOrNull(b.description), html: textOrNull(b.html), css: textOrNull(b.css), is_default: isDefault, created_at: now, updated_at: now };
  }),
  updateInvoiceTemplate,
  patchInvoiceTemplate: updateInvoiceTemplate,
  deleteInvoiceTemplate: theme.remove(),
} satisfies Partial<TimeTrackerHandlers>;

/**
 * Rows of the finance settings (reference §25, the real server's
 * `models/tax_rule.py`, `models/currency.py`, `models/invoice_template.py`,
 * `models/invoice_pdf_template.py`): tax rules, currencies and exchange
 * rates, invoice themes and the PDF layout of each page size. Dates are
 * `YYYY-MM-DD`, times epoch ms.
 */
import type { Row } from '../table.js';

export interface TaxRuleRow extends Row {
  name: string;
  country: string | null;
  region: string | null;
  client_id: number | null;
  project_id: number | null;
  tax_code: string | null;
  rate_percent: number;
  compound: boolean;
  inclusive: boolean;
  start_date: string | null;
  end_date: string | null;
  active: boolean;
  created_at: number;
  updated_at: number;
}

/** A currency; the API names it by `code` (the id is the store's own). */
export interface CurrencyRow extends Row {
  code: string;
  name: string;
  symbol: string | null;
  decimal_places: number;
  is_active: boolean;
  created_at: number;
  updated_at: number;
}

/** 1 `base_code` = `rate` `quote_code` on `date`; one per pair and day. */
export interface ExchangeRateRow extends Row {
  base_code: string;
  quote_code: string;
  rate: number;
  date: string;
  source: string | null;
  /** `base_code/quote_code/date`: the unique key of the real server's `uq_exchange_rate_day`. */
  pair_day: string;
  created_at: number;
  updated_at: number;
}

export interface InvoiceTemplateRow extends Row {
  name: string;
  description: string | null;
  html: string | null;
  css: string | null;
  is_default: boolean;
  created_at: number;
  updated_at: number;
}

/** The PDF layout of one page size (unique). The text fields are null where unset. */
export interface InvoicePdfTemplateRow extends Row {
  page_size: string;
  template_html: string | null;
  template_css: string | null;
  design_json: string | null;
  template_json: string | null;
  date_format: string;
  is_default: boolean;
  created_at: number;
  updated_at: number;
}

/** The unique key of a rate: its pair and day (`EUR/USD/2026-11-30`). */
export const pairDay = (base: string, quote: string, date: string): string => `${base}/${quote}/${date}`;

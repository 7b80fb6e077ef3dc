/**
 * Rows of the CRM groups (reference §10-§13): leads, deals, a client's
 * contacts and notes. Times are epoch ms; dates `YYYY-MM-DD`; tags are the
 * comma-separated text the real server stores (answered as an array).
 */
import type { Row } from '../table.js';

export type LeadStatus = 'new' | 'contacted' | 'qualified' | 'converted' | 'lost';

/** A sales lead (`models/lead.py`). */
export interface LeadRow extends Row {
  first_name: string;
  last_name: string;
  company_name: string | null;
  email: string | null;
  phone: string | null;
  title: string | null;
  source: string | null;
  status: LeadStatus;
  score: number;
  estimated_value: number | null;
  currency_code: string;
  converted_to_client_id: number | null;
  converted_to_deal_id: number | null;
  converted_at: number | null;
  converted_by: number | null;
  notes: string | null;
  tags: string | null;
  created_by: number;
  owner_id: number | null;
  created_at: number;
  updated_at: number;
}

/** A pipeline deal (`models/deal.py`); `stage` and `status` are free text on the real server. */
export interface DealRow extends Row {
  client_id: number | null;
  contact_id: number | null;
  lead_id: number | null;
  related_quote_id: number | null;
  related_project_id: number | null;
  name: string;
  description: string | null;
  stage: string;
  status: string;
  value: number | null;
  currency_code: string;
  probability: number | null;
  expected_close_date: string | null;
  actual_close_date: string | null;
  loss_reason: string | null;
  notes: string | null;
  created_by: number;
  owner_id: number | null;
  created_at: number;
  updated_at: number;
  closed_at: number | null;
}

/** A client's contact person (`models/contact.py`); deleting makes it inactive. */
export interface ContactRow extends Row {
  client_id: number;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  title: string | null;
  department: string | null;
  role: string;
  is_primary: boolean;
  address: string | null;
  notes: string | null;
  tags: string | null;
  is_active: boolean;
  created_by: number;
  created_at: number;
  updated_at: number;
}

/** A note on a client (`models/client_note.py`); `user_id` is the author. */
export interface ClientNoteRow extends Row {
  client_id: number;
  user_id: number;
  content: string;
  is_important: boolean;
  created_at: number;
  updated_at: number;
}

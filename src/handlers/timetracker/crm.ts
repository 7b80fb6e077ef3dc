/**
 * What the CRM groups (leads, deals, contacts, client notes; reference
 * §10-§13) share: the real server's way of reading text fields (trimmed; blank is null on create, null leaves a field as it
 * is on update) and comma-separated tags.
 */
import { badRequest } from '../../core/errors.js';

/** Trimmed text, null when blank or absent (the real server's `(data.get(k) or "").strip() or None`). */
export function textOrNull(value: string | null | undefined): string | null {
  const t = (value ?? '').trim();
  return t === '' ? null : t;
}

/** The text fields of `keys` that the body sets to a non-null value, trimmed (an update's text patch). */
export function textPatch<B extends object, K extends keyof B & string>(body: B, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = body[k];
    if (typeof v === 'string') out[k] = v.trim();
  }
  return out;
}

/** Stored comma-separated tags as the API shows them (`split(",")`, none: `[]`). */
export const tagList = (tags: string | null): string[] => (tags ? tags.split(',') : []);

/** Money and rates as the real server's floats of `Numeric` columns: null when 0 or unset. */
export const amountOrNull = (n: number | null): number | null => (n ? n : null);

/** The trimmed names of a new lead or contact; both required (400 `first_name and last_name are required`, shape A, code `error`). */
export function personName(b: { first_name: string; last_name: string }): { first_name: string; last_name: string } {
  const first_name = b.first_name.trim();
  const last_name = b.last_name.trim();
  if (!first_name || !last_name) throw badRequest('first_name and last_name are required');
  return { first_name, last_name };
}

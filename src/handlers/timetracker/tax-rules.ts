/** /api/v1/tax-rules: tax rules, administrators only (reference §25, `api_v1.py:1910-2020`), declared on `settingsResource`. */
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { TaxRuleRow } from '../../store/timetracker/finance-settings-types.js';
import { pick } from './records.js';
import { requireFields, settingsResource } from './settings-resource.js';

type S = components['schemas'];

/** The list's dict (`api_v1.py:1917`): no `updated_at`. */
function taxRuleDict(r: TaxRuleRow): S['TaxRule'] {
  const { updated_at: _, ...shown } = r;
  return { ...shown, created_at: isoNaive(r.created_at) };
}

const UPDATABLE = ['name', 'country', 'region', 'client_id', 'project_id', 'tax_code', 'rate_percent', 'compound', 'inclusive', 'active', 'start_date', 'end_date'] as const;

const rules = settingsResource({
  table: (s) => s.taxRules,
  what: 'Tax rule',
  id: 'rule_id',
  one: 'tax_rule',
  many: 'tax_rules',
  dict: taxRuleDict,
  messages: { created: 'Tax rule created successfully', updated: 'Tax rule updated successfully', deleted: 'Tax rule deleted successfully' },
});

type Update = S['TaxRuleUpdate'];
const updateTaxRule = rules.set<{ rule_id: number }, Update>(rules.row, ({ body, now }) => ({ ...pick(body, UPDATABLE), updated_at: now }));

export const taxRules = {
  listTaxRules: rules.all(({ store }) => store.views.taxRulesNewestFirst.rows()),
  createTaxRule: rules.add<S['TaxRuleCreate']>(({ body: b, now }) => {
    requireFields(b, ['name', 'rate_percent']);
    return {
      name: b.name as string,
      country: b.country ?? null,
      region: b.region ?? null,
      client_id: b.client_id ?? null,
      project_id: b.project_id ?? null,
      tax_code: b.tax_code ?? null,
      rate_percent: b.rate_percent as number,
      compound: b.compound ?? false,
      inclusive: b.inclusive ?? false,
      start_date: b.start_date ?? null,
      end_date: b.end_date ?? null,
      active: b.active ?? true,
      created_at: now,
      updated_at: now,
    };
  }),
  updateTaxRule,
  patchTaxRule: updateTaxRule,
  deleteTaxRule: rules.remove(),
} satisfies Partial<TimeTrackerHandlers>;

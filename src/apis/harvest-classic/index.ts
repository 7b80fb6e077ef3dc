/**
 * Harvest classic as the engine sees it: its spec, handler table, seeded
 * account, Basic/OAuth rules, plain-text errors, its XML, and its defects.
 * Routes start at `/` (the npm client `harvest` resolves every path
 * against the bare origin), throttling is Harvest's own profile.
 *
 * @example
 * const engine = createEngine(harvestClassic(document), { seed: 1 });
 */
import type { ApiDefinition } from '../../core/api.js';
import { errorText } from '../../core/errors.js';
import type { SpecDocument } from '../../core/spec-model.js';
import { HARVEST_SCENARIOS, listHarvestTokens, seedHarvest, type HarvestScenario } from '../../fixtures/harvest-classic/index.js';
import { handlers } from '../../handlers/harvest-classic/index.js';
import { authenticate, authorize } from './auth.js';
import { HARVEST_DEFECTS } from './defects.js';
import type { HarvestEnv } from './env.js';
import { chooseFormat, fromXml, render } from './xml.js';

export type { HarvestCaller, HarvestEnv, HarvestHandlers } from './env.js';
export { HARVEST_DEFECTS, type HarvestDefectName } from './defects.js';

export function harvestClassic(document: SpecDocument): ApiDefinition<HarvestEnv> {
  return {
    id: 'harvest-classic',
    title: 'Harvest classic (Time Tracking + Extended REST API)',
    document,
    handlers,
    scenarios: HARVEST_SCENARIOS,
    defaultScenario: 'default',
    seed: (o) => seedHarvest({ scenario: o.scenario as HarvestScenario, seed: o.seed, now: o.now }),
    prefix: '/',
    banner: { path: '/', login: 'HTTP Basic email:password, or ?access_token=' },
    throttle: 'harvest',
    authenticate,
    authorize,
    errorBody: errorText,
    tokens: listHarvestTokens,
    credentials: (store) =>
      store.users.toArray().filter((u) => u.is_active).map((u) => ({ username: u.email, password: u.password, role: u.is_admin ? 'admin' : store.isProjectManager(u.id) ? 'project_manager' : 'regular' })),
    counts: (store) => ({ day_entries: store.dayEntries.size, projects: store.projects.size }),
    defects: HARVEST_DEFECTS,
    decoders: { 'application/xml': fromXml, 'text/xml': fromXml },
    representation: { choose: chooseFormat, render },
  };
}

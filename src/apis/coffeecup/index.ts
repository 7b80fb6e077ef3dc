/**
 * CoffeeCup as the engine sees it: its spec, handler table, seeded company,
 * OAuth bearer tokens, its error body, JSON only, case-insensitive paths
 * (Sails), Harvest's throttle profile with CoffeeCup's numbers, and its
 * defects. Routes start at `/` (`/v1/...`, `/oauth2/token`, `/account/...`).
 *
 * @example
 * const engine = createEngine(coffeecup(document), { seed: 1 });
 */
import type { ApiDefinition } from '../../core/api.js';
import type { SpecDocument } from '../../core/spec-model.js';
import { COFFEECUP_SCENARIOS, listCoffeeCupTokens, seedCoffeeCup, type CoffeeCupScenario } from '../../fixtures/coffeecup/index.js';
import { handlers } from '../../handlers/coffeecup/index.js';
import { authenticate, authorize, errorBody } from './auth.js';
import { COFFEECUP_DEFECTS } from './defects.js';
import type { CoffeeCupEnv } from './env.js';

export type { CoffeeCupCaller, CoffeeCupEnv, CoffeeCupHandlers } from './env.js';
export { COFFEECUP_DEFECTS, type CoffeeCupDefectName } from './defects.js';

export function coffeecup(document: SpecDocument): ApiDefinition<CoffeeCupEnv> {
  return {
    id: 'coffeecup',
    title: 'CoffeeCup (/v1 REST API, OAuth 2)',
    document,
    handlers,
    scenarios: COFFEECUP_SCENARIOS,
    defaultScenario: 'default',
    seed: (o) => seedCoffeeCup({ scenario: o.scenario as CoffeeCupScenario, seed: o.seed, now: o.now }),
    prefix: '/',
    banner: { path: '/v1/', login: 'POST /oauth2/token grant_type=password, client mock-client:mock-secret' },
    // The intro: more than 100 calls in 15 seconds per account -> 503 + Retry-After (unverified; Harvest's wording).
    throttle: 'harvest',
    throttleLimits: { maxCalls: 100, windowSeconds: 15, lockoutSeconds: 15 },
    jsonOnly: true,
    caseInsensitivePaths: true,
    authenticate,
    authorize,
    errorBody,
    tokens: listCoffeeCupTokens,
    credentials: (store) => store.users.toArray().filter((u) => u.status === 1).map((u) => ({ username: u.email, password: u.password, role: u.role === 'admin' ? 'admin' : 'regular' })),
    counts: (store) => ({ time_entries: store.timeEntries.size, projects: store.projects.size }),
    defects: COFFEECUP_DEFECTS,
  };
}

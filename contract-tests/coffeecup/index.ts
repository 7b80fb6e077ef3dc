/** CoffeeCup's part of the contract kit: its cases, fixtures and flows (Dredd: TimeTracker only). */
import { defineKit } from '../lib/kit.js';
import { COFFEECUP_CASES } from './cases.js';
import { CoffeeCupFixtures } from './fixtures.js';
import { COFFEECUP_FLOWS } from './flows.js';

export { COFFEECUP_FLOWS } from './flows.js';

export const coffeecupKit = defineKit({
  cases: COFFEECUP_CASES,
  fixtures: (root) => new CoffeeCupFixtures(root),
  flows: COFFEECUP_FLOWS,
  dredd: false,
  entryRoom: false,
  // No token: 401; a token nobody issued: the documented 403 E_FORBIDDEN.
  authRefusal: { none: 401, invalid: 403 },
});

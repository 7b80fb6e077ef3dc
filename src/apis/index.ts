/**
 * Every API the kit mocks, by id: a function from its (parsed) spec
 * document to its definition. The Node entry feeds it the YAML from disk,
 * the browser entry the generated JSON.
 */
import type { ApiDefinition } from '../core/api.js';
import type { SpecDocument } from '../core/spec-model.js';
import type { operations as CoffeeCupOperations } from '../generated/coffeecup/openapi.js';
import type { operations as HarvestOperations } from '../generated/harvest-classic/openapi.js';
import type { operations as TimecampOperations } from '../generated/timecamp/openapi.js';
import type { operations as TimeTrackerOperations } from '../generated/timetracker/openapi.js';
import type { ApiId } from './specs.js';
import { coffeecup, type CoffeeCupEnv } from './coffeecup/index.js';
import { harvestClassic, type HarvestEnv } from './harvest-classic/index.js';
import { timecamp, type TimecampEnv } from './timecamp/index.js';
import { timetracker, type TimeTrackerEnv } from './timetracker/index.js';

/** Each API's handler environment (its store and caller types), by id. */
export interface ApiEnvs {
  timetracker: TimeTrackerEnv;
  'harvest-classic': HarvestEnv;
  timecamp: TimecampEnv;
  coffeecup: CoffeeCupEnv;
}

/** Each API's generated `operations` type (operationId -> params, body, responses), by id: what typed overrides read. */
export interface ApiOperations {
  timetracker: TimeTrackerOperations;
  'harvest-classic': HarvestOperations;
  timecamp: TimecampOperations;
  coffeecup: CoffeeCupOperations;
}

export const APIS: { [K in ApiId]: (document: SpecDocument) => ApiDefinition<ApiEnvs[K]> } = {
  timetracker,
  'harvest-classic': harvestClassic,
  timecamp,
  coffeecup,
};

export { SPECS, type ApiId } from './specs.js';

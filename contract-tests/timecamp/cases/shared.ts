/** Case builders TimeCamp's operations share: reads (a `format` it does not know is the 400), creates read by their answer, throwaway deletes. */
import type { OperationId as TimecampOperationId } from '../../../src/generated/timecamp/handlers.js';
import type { OperationCase } from '../../lib/case.js';
import type { Ctx } from '../../lib/context.js';
import type { OpRequest } from '../../lib/http.js';
import { make, removeLater, REMOVERS } from '../factory.js';
import type { TimecampFixtures } from '../fixtures.js';

/** A case of a TimeCamp operation (its id checked against specs/timecamp.yaml by the compiler). */
export type TimecampCase = OperationCase<TimecampOperationId, TimecampFixtures>;

type Query = Record<string, string | number>;

/** A read: `query` is valid; the same with `format=yaml` (not a format the API has) is the 400. */
export const readCase = (operationId: TimecampOperationId, query: (fx: TimecampFixtures) => Query = () => ({}), extra: Partial<TimecampCase> = {}): TimecampCase => ({
  operationId,
  valid: async ({ fx }) => ({ query: query(fx) }),
  bad: async ({ fx }) => ({ query: { ...query(fx), format: 'yaml' } }),
  badStatus: [400],
  ...extra,
});

/** A create: 2xx with the new id where the resource answers it (removed afterwards); `bad` leaves out what is required. */
export const createCase = (operationId: TimecampOperationId, valid: (c: Ctx, fx: TimecampFixtures) => OpRequest, bad: (fx: TimecampFixtures) => OpRequest, badStatus: number[], expectStatus = 200): TimecampCase => ({
  operationId,
  valid: async ({ c, fx }) => {
    c.requireWrites();
    return valid(c, fx);
  },
  expectStatus,
  after: async ({ c }, ex) => void removeLater(c, operationId, ex),
  bad: async ({ fx }) => bad(fx),
  badStatus,
});

/** A delete of something made for it (its id in the body, or the query for tasks); `bad` names nothing there is (404, or what `badStatus` says). */
export const deleteCase = (operationId: TimecampOperationId, createOp: string, create: (c: Ctx, fx: TimecampFixtures) => OpRequest, bad: OpRequest, badStatus = [404]): TimecampCase => ({
  operationId,
  valid: async ({ c, fx }) => {
    const id = await make(c, createOp, create(c, fx));
    const remover = REMOVERS[createOp];
    return remover.query ? { query: { [remover.field]: id } } : { json: { [remover.field]: id } };
  },
  expectStatus: 200,
  bad: async () => bad,
  badStatus,
});

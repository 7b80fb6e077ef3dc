/** Case builders Harvest's resources share: reads by id, lists with `updated_since`, creates read by Location, throwaway deletes. */
import type { OperationId as HarvestOperationId } from '../../../src/generated/harvest-classic/handlers.js';
import { getCase as baseGetCase, type OperationCase } from '../../lib/case.js';
import { GHOST_ID, type Ctx } from '../../lib/context.js';
import type { Exchange } from '../../lib/http.js';
import { locationId, quietly } from '../factory.js';
import type { HarvestFixture, HarvestFixtures } from '../fixtures.js';

/** A case of a Harvest operation (its id checked against specs/harvest-classic.yaml by the compiler). */
export type HarvestCase = OperationCase<HarvestOperationId, HarvestFixtures>;

/** A plain GET of a Harvest operation. */
export const getCase = (operationId: HarvestOperationId, query?: Record<string, string | number>, extra: Partial<HarvestCase> = {}): HarvestCase =>
  baseGetCase<HarvestOperationId, HarvestFixtures>(operationId, query, extra);

/** A list with `updated_since`; a malformed one is the 400. */
export const listCase = (operationId: HarvestOperationId, params?: (fx: HarvestFixtures) => Record<string, number>): HarvestCase => ({
  operationId,
  valid: async ({ fx }) => ({ params: params?.(fx), query: { updated_since: '2000-01-01 00:00' } }),
  bad: async ({ fx }) => ({ params: params?.(fx), query: { updated_since: 'last tuesday' } }),
  badStatus: [400],
});

/** A get of a fixture; an unknown id is the 404. */
export const getByIdCase = (operationId: HarvestOperationId, param: string, fixture: HarvestFixture, extra: (fx: HarvestFixtures) => Record<string, number> = () => ({})): HarvestCase => ({
  operationId,
  valid: async ({ fx }) => ({ params: { ...extra(fx), [param]: fx.need(fixture) } }),
  bad: async ({ fx }) => ({ params: { ...extra(fx), [param]: GHOST_ID } }),
  badStatus: [404],
});

/** After a valid (or wrongly accepted) create: remove what the Location names. */
export const removeCreated =
  (deleteOp: HarvestOperationId, param: string, extra: (fx: HarvestFixtures) => Record<string, number> = () => ({})) =>
  async ({ c, fx }: { c: Ctx; fx: HarvestFixtures }, ex: Exchange): Promise<void> => {
    const id = locationId(ex);
    if (id === undefined) return;
    c.defer(`${deleteOp} ${id}`, () => quietly(c, `${deleteOp} ${id}`, deleteOp, { params: { ...extra(fx), [param]: id } }));
  };

/** A create: 201 with Location; `bad` leaves out a required field (400). */
export const createCase = (operationId: HarvestOperationId, body: (c: Ctx, fx: HarvestFixtures) => Promise<unknown> | unknown, bad: unknown, deleteOp: HarvestOperationId, param: string, params?: (fx: HarvestFixtures) => Record<string, number>): HarvestCase => ({
  operationId,
  valid: async ({ c, fx }) => {
    c.requireWrites();
    return { params: params?.(fx), json: await body(c, fx) };
  },
  expectStatus: 201,
  after: removeCreated(deleteOp, param, params),
  bad: async ({ fx }) => ({ params: params?.(fx), json: bad }),
  badStatus: [400],
});

/** An update of a fixture (200); `bad` sends a field of the wrong type (400). */
export const updateCase = (operationId: HarvestOperationId, param: string, fixture: HarvestFixture, json: unknown, bad: unknown, extra: (fx: HarvestFixtures) => Record<string, number> = () => ({})): HarvestCase => ({
  operationId,
  valid: async ({ fx }) => ({ params: { ...extra(fx), [param]: fx.need(fixture) }, json }),
  expectStatus: 200,
  bad: async ({ fx }) => ({ params: { ...extra(fx), [param]: fx.need(fixture) }, json: bad }),
  badStatus: [400],
});

/** A delete of something made for it (200); an unknown id is the 404. */
export const deleteCase = (operationId: HarvestOperationId, param: string, make: (c: Ctx, fx: HarvestFixtures) => Promise<number>, extra: (fx: HarvestFixtures) => Record<string, number> = () => ({})): HarvestCase => ({
  operationId,
  valid: async ({ c, fx }) => ({ params: { ...extra(fx), [param]: await make(c, fx) } }),
  expectStatus: 200,
  bad: async ({ fx }) => ({ params: { ...extra(fx), [param]: GHOST_ID } }),
  badStatus: [404],
});

/** A toggle (200) of a fixture, or of what `make` creates for it, toggled back afterwards; an unknown id is the 404. */
export const toggleCase = (operationId: HarvestOperationId, param: string, fixture: HarvestFixture, make?: (c: Ctx) => Promise<number>): HarvestCase => ({
  operationId,
  valid: async ({ c, fx }) => {
    c.requireWrites();
    return { params: { [param]: make ? await make(c) : fx.need(fixture) } };
  },
  expectStatus: 200,
  after: async ({ c }, ex) => {
    const id = Number(new URL(ex.request.url).pathname.split('/').at(-2));
    if (ex.response.status === 200) await quietly(c, `toggle back ${fixture} ${id}`, operationId, { params: { [param]: id } });
  },
  bad: async () => ({ params: { [param]: GHOST_ID } }),
  badStatus: [404],
});


/** Case builders Harvest's resources share: reads by id, lists with `updated_since`, creates read by Location, throwaway deletes. */
import { getCase, type OperationCase } from '../../lib/case.js';
import { GHOST_ID, type Ctx } from '../../lib/context.js';
import type { Exchange } from '../../lib/http.js';
import { locationId, quietly } from '../factory.js';
import type { HarvestFixture, HarvestFixtures } from '../fixtures.js';

export type HarvestCase = OperationCase<HarvestFixtures>;

/** A list with `updated_since`; a malformed one is the 400. */
export const listCase = (operationId: string, params?: (fx: HarvestFixtures) => Record<string, number>): HarvestCase => ({
  operationId,
  valid: async ({ fx }) => ({ params: params?.(fx), query: { updated_since: '2000-01-01 00:00' } }),
  bad: async ({ fx }) => ({ params: params?.(fx), query: { updated_since: 'last tuesday' } }),
  badStatus: [400],
});

/** A get of a fixture; an unknown id is the 404. */
export const getByIdCase = (operationId: string, param: string, fixture: HarvestFixture, extra: (fx: HarvestFixtures) => Record<string, number> = () => ({})): HarvestCase => ({
  operationId,
  valid: async ({ fx }) => ({ params: { ...extra(fx), [param]: fx.need(fixture) } }),
  bad: async ({ fx }) => ({ params: { ...extra(fx), [param]: GHOST_ID } }),
  badStatus: [404],
});

/** After a valid (or wrongly accepted) create: remove what the Location names. */
export const removeCreated =
  (deleteOp: string, param: string, extra: (fx: HarvestFixtures) => Record<string, number> = () => ({})) =>
  async ({ c, fx }: { c: Ctx; fx: HarvestFixtures }, ex: Exchange): Promise<void> => {
    const id = locationId(ex);
    if (id === undefined) return;
    c.defer(`${deleteOp} ${id}`, () => quietly(c, `${deleteOp} ${id}`, deleteOp, { params: { ...extra(fx), [param]: id } }));
  };

/** A create: 201 with Location; `bad` leaves out a required field (400). */
export const createCase = (operationId: string, body: (c: Ctx, fx: HarvestFixtures) => Promise<unknown> | unknown, bad: unknown, deleteOp: string, param: string, params?: (fx: HarvestFixtures) => Record<string, number>): HarvestCase => ({
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
export const updateCase = (operationId: string, param: string, fixture: HarvestFixture, json: unknown, bad: unknown, extra: (fx: HarvestFixtures) => Record<string, number> = () => ({})): HarvestCase => ({
  operationId,
  valid: async ({ fx }) => ({ params: { ...extra(fx), [param]: fx.need(fixture) }, json }),
  expectStatus: 200,
  bad: async ({ fx }) => ({ params: { ...extra(fx), [param]: fx.need(fixture) }, json: bad }),
  badStatus: [400],
});

/** A delete of something made for it (200); an unknown id is the 404. */
export const deleteCase = (operationId: string, param: string, make: (c: Ctx, fx: HarvestFixtures) => Promise<number>, extra: (fx: HarvestFixtures) => Record<string, number> = () => ({})): HarvestCase => ({
  operationId,
  valid: async ({ c, fx }) => ({ params: { ...extra(fx), [param]: await make(c, fx) } }),
  expectStatus: 200,
  bad: async ({ fx }) => ({ params: { ...extra(fx), [param]: GHOST_ID } }),
  badStatus: [404],
});

/** A toggle (200) of a fixture, or of what `make` creates for it, toggled back afterwards; an unknown id is the 404. */
export const toggleCase = (operationId: string, param: string, fixture: HarvestFixture, make?: (c: Ctx) => Promise<number>): HarvestCase => ({
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

export { getCase };

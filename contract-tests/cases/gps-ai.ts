/**
 * GPS mileage tracks and the AI helper (beyond the API documentation: the
 * real server's routes, reference §25). The API has no route that removes a
 * track: each case stops the tracks it starts (a stopped track changes
 * nothing else) and rejects the expenses it claims, the only cleanup the
 * API allows. The AI helper is off unless the target's admin turned it
 * on (the real server's default, and the mock's): its checks are skipped
 * then (a 503 `ai_disabled` answers everything first).
 */
import { getCase, skipWith, unknownId, type CaseArgs, type NegativeCase, type OperationCase } from '../lib/case.js';
import type { JsonObject } from '../lib/spec.js';
import { GHOST_ID, type Ctx } from '../lib/context.js';
import { afterCreate, made } from './business.js';

const START = { latitude: 48.137154, longitude: 11.576124, location: 'Contract start' };
const END = { latitude: 48.140229, longitude: 11.558339, location: 'Contract end' };

const stop = (c: Ctx, id: number) => c.call('stopGpsTrack', { params: { track_id: id }, json: END });
/** A started track of the caller's, stopped afterwards. */
const track = ({ c }: CaseArgs) => made(c, 'startGpsTrack', START, 'track', (id) => stop(c, id));
/** A track stopped now, so it has a distance (start to end). */
const stopped = async (a: CaseArgs) => {
  const id = await made(a.c, 'startGpsTrack', START, 'track');
  await a.c.must('stopGpsTrack', { params: { track_id: id }, json: END });
  return id;
};
const rejectExpense = (c: Ctx, id: number) => c.call('deleteExpense', { params: { expense_id: id } });
/** Skip unless the target's AI helper is on (off: the 503 `ai_disabled` of the real server's default). */
async function aiOn(c: Ctx): Promise<void> {
  const ex = await c.call('getAiContextPreview');
  if (ex.response.status === 503) skipWith('the AI helper is off on the target (503 ai_disabled, the real server\'s default and the mock\'s)');
}

/** A 400 the helper gives once it is on (skipped while it is off). */
const aiRefusal = (rule: string, json: JsonObject): NegativeCase => ({
  rule,
  provenance: 'observed',
  status: [400],
  request: async ({ c }) => {
    await aiOn(c);
    return { json };
  },
});

export const gpsAiCases: OperationCase[] = [
  getCase('listGpsTracks', { start_date: '2026-01-01' }, {
    negatives: [{ rule: 'query.start_date not a date or datetime', provenance: 'specified', status: [400], request: async () => ({ query: { start_date: 'soon' } }) }],
  }),
  {
    operationId: 'startGpsTrack',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: START };
    },
    expectStatus: 201,
    after: afterCreate('track', stop),
    negatives: [{ rule: 'body.latitude beyond 90', provenance: 'specified', status: [400], request: async () => ({ json: { ...START, latitude: 91 } }) }],
  },
  {
    operationId: 'addGpsTrackPoint',
    valid: async (a) => ({ params: { track_id: await track(a) }, json: { latitude: 48.139126, longitude: 11.566277 } }),
    negatives: [
      { rule: 'body.longitude required', provenance: 'observed', status: [400], request: async (a) => ({ params: { track_id: await track(a) }, json: { latitude: 48.1 } }) },
      unknownId('track_id', { provenance: 'observed', request: async () => ({ params: { track_id: GHOST_ID }, json: { latitude: 48.1, longitude: 11.5 } }) }),
    ],
  },
  {
    operationId: 'stopGpsTrack',
    valid: async (a) => ({ params: { track_id: await made(a.c, 'startGpsTrack', START, 'track') }, json: END }),
    negatives: [
      { rule: 'a stopped track: 400', provenance: 'observed', status: [400], request: async (a) => ({ params: { track_id: await stopped(a) }, json: END }) },
      unknownId('track_id', { provenance: 'observed', request: async () => ({ params: { track_id: GHOST_ID }, json: END }) }),
    ],
  },
  {
    operationId: 'createGpsTrackExpense',
    valid: async (a) => ({ params: { track_id: await stopped(a) }, json: { rate_per_km: 0.3 } }),
    after: afterCreate('expense', rejectExpense),
    negatives: [
      { rule: 'a track not stopped: 400', provenance: 'observed', status: [400], request: async (a) => ({ params: { track_id: await track(a) }, json: {} }) },
      unknownId('track_id', { provenance: 'observed', request: async () => ({ params: { track_id: GHOST_ID }, json: {} }) }),
    ],
  },

  {
    operationId: 'getAiContextPreview',
    valid: async ({ c }) => {
      await aiOn(c);
      return {};
    },
    noBad: 'takes no input',
  },
  {
    operationId: 'postAiChat',
    valid: async ({ c }) => {
      await aiOn(c);
      return { json: { prompt: 'How many hours did I log recently?', history: [] } };
    },
    negatives: [aiRefusal('body.prompt blank', { prompt: '   ' })],
  },
  {
    operationId: 'confirmAiAction',
    // A summary action writes nothing.
    valid: async ({ c }) => {
      await aiOn(c);
      return { json: { action: { type: 'summary', payload: { text: 'contract suites' } } } };
    },
    negatives: [aiRefusal('an unsupported action type', { action: { type: 'no_such_action' } })],
  },
];

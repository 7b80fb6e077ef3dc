/**
 * TimeCamp's conventions, each as the docs give it: the API token as a
 * path segment, a query or form field, the raw `Authorization` header or a
 * Bearer (all the same user); key/value path segments the same as the
 * query; XML when no format is asked for, CSV on `format=csv`; errors as
 * `{"message", "code"}`.
 */
import { CheckFailure, responseSchemaConformance } from '../../lib/checks.js';
import { addDays, yesterday } from '../../lib/clock.js';
import type { Ctx } from '../../lib/context.js';
import { expectThat, type Flow } from '../../lib/flow.js';
import { INVALID_TOKEN, type Exchange, type OpRequest } from '../../lib/http.js';
import { isObject } from '../../lib/spec.js';
import { me } from '../factory.js';

const contentType = (ex: Exchange): string => (ex.response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();

/** A raw call (no default `format`), checked for status and, for JSON, the documented schema. */
async function raw(c: Ctx, label: string, operationId: string, path: string, req: OpRequest, status = 200): Promise<Exchange> {
  const op = c.spec.op(operationId);
  const ex = await c.http.send(op.method, path, req, operationId);
  const problems = ex.response.status === status ? responseSchemaConformance(op, ex) : [`expected ${status}, got ${ex.response.status}`];
  if (problems.length > 0) throw new CheckFailure('stateful_flow', problems.map((p) => `step "${label}" (${operationId}): ${p}`), ex);
  return ex;
}

export const conventionsFlow: Flow = {
  id: 'conventions',
  title: 'the token in the path, query, form, raw header or Bearer; key/value segments; XML by default, CSV; {message, code} errors',
  async run(c) {
    const token = c.config.token;
    const mePath = c.spec.op('getMe').path;
    const { userId } = await me(c);
    const sameUser = (label: string, ex: Exchange) => expectThat(isObject(ex.response.json) && String(ex.response.json.user_id) === String(userId), label, `answered another user than the Bearer token's (${userId})`, ex);

    sameUser('token as a path segment', await raw(c, 'token as a path segment', 'getMe', `${mePath}/format/json/api_token/${encodeURIComponent(token)}`, { auth: 'none' }));
    sameUser('token as a query field', await raw(c, 'token as a query field', 'getMe', mePath, { auth: 'none', query: { format: 'json', api_token: token } }));
    sameUser('token as the raw Authorization header', await raw(c, 'raw Authorization header', 'getMe', mePath, { auth: 'none', query: { format: 'json' }, headers: { Authorization: token } }));
    const form = await raw(c, 'token as a form field', 'timerAction', `${c.spec.op('timerAction').path}/format/json`, {
      auth: 'none',
      body: new URLSearchParams({ action: 'status', api_token: token }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    expectThat(isObject(form.response.json) && typeof form.response.json.isTimerRunning === 'boolean', 'token as a form field', 'the status answer has no isTimerRunning', form);

    const refused = await raw(c, 'an unknown token', 'getMe', mePath, { auth: 'none', query: { format: 'json', api_token: INVALID_TOKEN } }, 401);
    expectThat(isObject(refused.response.json) && refused.response.json.code === 401, 'an unknown token', 'the error body does not carry "code": 401', refused);

    const day = yesterday();
    const from = addDays(day, -14);
    const listPath = c.spec.op('listEntries').path;
    const bySegments = await raw(c, 'key/value path segments', 'listEntries', `${listPath}/format/json/from/${from}/to/${day}/user_ids/me`, {});
    const byQuery = await raw(c, 'the same as a query', 'listEntries', listPath, { query: { format: 'json', from, to: day, user_ids: 'me' } });
    const ids = (ex: Exchange) => (Array.isArray(ex.response.json) ? ex.response.json.map((e) => (isObject(e) ? String(e.id) : '?')) : null);
    expectThat(ids(bySegments) !== null && JSON.stringify(ids(bySegments)) === JSON.stringify(ids(byQuery)), 'key/value path segments', `the segments listed ${JSON.stringify(ids(bySegments))}, the query ${JSON.stringify(ids(byQuery))}`, bySegments);

    const xml = await raw(c, 'XML by default', 'getMe', mePath, { headers: { Accept: '*/*' } });
    expectThat(['application/xml', 'text/xml'].includes(contentType(xml)) && xml.response.text.includes('<?xml') && xml.response.text.includes(String(userId)), 'XML by default', `without a format the answer is ${contentType(xml) || 'untyped'}, not XML`, xml);
    const csv = await raw(c, 'CSV', 'getMe', mePath, { headers: { Accept: '*/*' }, query: { format: 'csv' } });
    const [head, row] = csv.response.text.split(/\r?\n/);
    expectThat(contentType(csv) === 'text/csv' && head?.split(',').includes('user_id') && row?.includes(String(userId)), 'CSV', 'format=csv did not answer text/csv with a user_id column and the user', csv);
  },
};

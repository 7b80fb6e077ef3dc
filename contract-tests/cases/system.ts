/** System, login, search, and the web routes (the login form, and the JSON routes under /api). */
import { getCase, skipWith, type OperationCase } from '../lib/case.js';
import type { Ctx } from '../lib/context.js';
import { problem } from '../lib/provenance.js';
import { isObject } from '../lib/spec.js';

/** The login form's CSRF token and the pre-login cookie it came with (GET /login). */
async function loginForm(c: Ctx): Promise<{ csrf: string; cookie: string }> {
  const page = await c.call('getLoginPage', { auth: 'none' });
  const csrf = /name=["']csrf_token["'][^>]*value=["']([^"']+)["']/.exec(page.response.text)?.[1];
  const cookie = page.response.headers['set-cookie']?.split(';')[0];
  if (!csrf || !cookie) return skipWith(`GET /login gave no CSRF token and cookie (answered ${page.response.status})`);
  return { csrf, cookie };
}

const form = (fields: Record<string, string>) => ({ body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' });

export const systemCases: OperationCase[] = [
  getCase('getInfo', undefined, { noBad: 'takes no input' }),
  getCase('getHealth', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'login',
    valid: async ({ c }) => {
      const { username, password } = c.config;
      if (username === undefined || password === undefined) return skipWith('no --username/--password given (a valid login issues a new token)');
      return { json: { username, password }, auth: 'none' };
    },
    expectStatus: 200,
    negatives: [
      {
        rule: 'wrong password: 401',
        provenance: 'observed',
        status: [401],
        request: async ({ c }) => ({ json: { username: c.config.username ?? `contract-${c.runId}-nobody`, password: `not the password ${c.runId}` }, auth: 'none' }),
      },
    ],
  },
  {
    operationId: 'search',
    valid: async () => ({ query: { q: 'contract', limit: 5 } }),
    negatives: [
      { rule: 'query.q minLength 2: 400', provenance: 'documented', status: [400], request: async () => ({ query: { q: 'a' } }) },
      { rule: 'query.q required', provenance: 'documented', status: [400], request: async () => ({ query: {} }) },
    ],
    inputs: [
      {
        name: 'limit 1: at most one result per type',
        provenance: 'documented',
        request: async () => ({ query: { q: 'co', limit: 1 } }),
        expectStatus: 200,
        verify: (_a, ex) => {
          const results = isObject(ex.response.json) && Array.isArray(ex.response.json.results) ? ex.response.json.results.filter(isObject) : [];
          const perType = new Map<unknown, number>();
          for (const r of results) perType.set(r.type, (perType.get(r.type) ?? 0) + 1);
          const over = [...perType].filter(([, n]) => n > 1);
          return over.length > 0 ? [problem(`limit=1 gave ${over.map(([t, n]) => `${n} ${String(t)} results`).join(', ')} (limit is per type)`, 'documented')] : [];
        },
      },
    ],
  },
  {
    ...getCase('webSearch', { q: 'contract' }),
    noBad: 'a short query answers 200 here (documented)',
    inputs: [
      {
        name: 'q shorter than 2: 200 and no results',
        provenance: 'documented',
        request: async () => ({ query: { q: 'a' } }),
        expectStatus: 200,
        verify: (_a, ex) => {
          const b = ex.response.json;
          return isObject(b) && Array.isArray(b.results) && b.results.length === 0 && b.partial === false ? [] : [problem('a query shorter than 2 characters must answer empty results and partial: false', 'documented')];
        },
      },
    ],
  },
  {
    operationId: 'getLoginPage',
    valid: async () => ({ auth: 'none' }),
    expectStatus: 200,
    noBad: 'takes no input',
  },
  {
    operationId: 'webLogin',
    valid: async ({ c }) => {
      const { username, password } = c.config;
      if (username === undefined || password === undefined) return skipWith('no --username/--password given (the web login starts a session)');
      const { csrf, cookie } = await loginForm(c);
      return { ...form({ csrf_token: csrf, username, password }), headers: { Cookie: cookie }, auth: 'none' };
    },
    expectStatus: 302,
    negatives: [
      {
        rule: 'csrf_token missing: 400',
        provenance: 'observed',
        status: [400],
        request: async ({ c }) => {
          const { cookie } = await loginForm(c);
          return { ...form({ username: 'nobody', password: 'x' }), headers: { Cookie: cookie }, auth: 'none' };
        },
      },
    ],
  },
  getCase('checkVersion', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'dismissVersion',
    // An old version: dismissing it never hides a real update prompt.
    valid: async () => ({ json: { latest_version: '0.0.1' } }),
    expectStatus: 200,
    negatives: [
      { rule: 'body.latest_version not a version: 400', provenance: 'documented', status: [400], request: async () => ({ json: { latest_version: 'not a version' } }) },
      { rule: 'body.latest_version required', provenance: 'documented', status: [400], request: async () => ({ json: {} }) },
    ],
  },
  getCase('getValueDashboard', undefined, { noBad: 'takes no input' }),
  getCase('getWeekComparison', undefined, { noBad: 'takes no input' }),
  getCase('getRateLimitStatus', undefined, { noBad: 'takes no input' }),
];

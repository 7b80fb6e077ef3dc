/**
 * The docs page's "Try it out" works with what it prefills: every operation's
 * documented request example (path, query and header parameter examples, the
 * body's media-level example, which Swagger UI puts in the editor) sent to a
 * freshly seeded mock gets a documented 2xx. Operations that need earlier
 * state (stop a timer) first send the examples of the operations a person
 * would try before them. Checked on two seeds and two days.
 */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import type { OperationDef } from '../../src/core/spec-model.js';
import { createEngine, loadDocument } from '../../src/node.js';

/** What a person tries first on the docs page before these operations can succeed. */
const BEFORE: Record<string, string[]> = {
  stopTimer: ['startTimer'],
  pauseTimer: ['startTimer'],
  resumeTimer: ['startTimer', 'pauseTimer'],
  endWorkday: ['startWorkday'],
  startBreak: ['startWorkday'],
  endBreak: ['startWorkday', 'startBreak'],
  removeFavoriteProject: ['addFavoriteProject'],
  approveTimesheetPeriod: ['submitTimesheetPeriod'],
  rejectTimesheetPeriod: ['submitTimesheetPeriod'],
  createGpsTrackExpense: ['stopGpsTrack'],
};

const raw = loadDocument('timetracker');

/**
 * What the docs page cannot prefill, and why (the test expects these to fail with the example and says so):
 * a file to upload is chosen by the person; a transfer's reference id is its creation time, different on every day;
 * the web login form needs a CSRF token that only its page hands out.
 */
/** The AI helper's routes (503 `ai_disabled` until an admin turns it on). */
const AI_ROUTES = { getAiContextPreview: 1, postAiChat: 1, confirmAiAction: 1 };
const NOT_PREFILLABLE: Record<string, string> = {
  importTimeEntriesCsv: 'multipart/form-data: the person chooses a CSV file',
  getTransfer: 'reference ids are creation times (epoch ms): list the transfers first',
  createInvoiceFromTimeEntries: "which entries are billable on which project depends on the seed and the day: list the project's time entries first",
  generateInvoiceItems: "which entries are billable on the invoice's project depends on the seed and the day: list the time entries first",
  webLogin: "the web login form posts the CSRF token of a GET /login page back with that page's cookie: a browser's form, not Try it out",
};

/** The request Swagger UI prefills for an operation, from the spec's examples. */
function prefilled(op: OperationDef): { path: string; search: string; headers: Record<string, string>; body?: string; contentType?: string; missing: string[] } {
  const missing: string[] = [];
  const item = (raw.paths as Record<string, Record<string, any>>)[op.path];
  const resolve = (p: any) => (p.$ref ? p.$ref.split('/').reduce((n: any, k: string) => (k === '#' ? raw : n[k]), raw) : p);
  // An operation's own parameter replaces the path's of the same name and place.
  const byKey = new Map<string, any>();
  for (const p of [...(item.parameters ?? []), ...(item[op.method.toLowerCase()].parameters ?? [])].map(resolve)) byKey.set(`${p.in}:${p.name}`, p);
  const declared = [...byKey.values()];
  const exampleOf = (p: any) => p.example ?? p.schema?.example ?? p.schema?.default;
  let path = op.path;
  const query: string[] = [];
  const headers: Record<string, string> = {};
  for (const p of declared) {
    const value = exampleOf(p);
    if (value === undefined) {
      if (p.required) missing.push(`${p.in} parameter ${p.name} has no example`);
      continue;
    }
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(String(value)));
    else if (p.in === 'query') query.push(`${p.name}=${encodeURIComponent(String(value))}`);
    else if (p.in === 'header') headers[p.name.toLowerCase()] = String(value);
  }
  const rb = item[op.method.toLowerCase()].requestBody;
  const content = rb?.$ref ? undefined : rb?.content;
  if (!content) return { path, search: query.join('&'), headers, missing };
  const [type, media] = Object.entries(content as Record<string, any>)[0];
  if (media.example === undefined) {
    missing.push(`the ${type} body has no media-level example`);
    return { path, search: query.join('&'), headers, missing };
  }
  return { path, search: query.join('&'), headers, body: typeof media.example === 'string' ? media.example : JSON.stringify(media.example), contentType: type, missing };
}

describe('the docs page prefills valid requests', () => {
  const probe = createEngine({ seed: 1 });
  it('every operation documents an example for each required parameter and its body', () => {
    const problems = probe.operations.filter((op) => !(op.operationId in NOT_PREFILLABLE)).flatMap((op) => prefilled(op).missing.map((m) => `${op.operationId}: ${m}`));
    expect(problems).toEqual([]);
  });
  for (const [seed, day] of [[1, '2026-01-15T09:00:00Z'], [4, '2026-11-23T16:30:00Z']] as const) {
    it(`each example gets a documented 2xx (seed ${seed}, ${day})`, async () => {
      const engine = createEngine({ seed, strict: true, throttle: 'off', clock: createClock({ frozenAt: Date.parse(day) }) });
      const admin = engine.tokens().find((t) => t.is_active && t.scopes.includes('admin:all'))!.token;
      const send = async (op: OperationDef) => {
        const r = prefilled(op);
        const res = await engine.handle({
          method: op.method,
          path: r.path,
          search: r.search,
          headers: { authorization: `Bearer ${admin}`, cookie: `session=${admin}`, ...(r.contentType ? { 'content-type': r.contentType } : {}), ...r.headers },
          body: r.body,
          remoteAddress: '127.0.0.1',
        });
        return { status: res.status, body: res.body };
      };
      const failures: string[] = [];
      for (const op of engine.operations) {
        if (op.operationId in NOT_PREFILLABLE) continue;
        engine.reset();
        // The AI helper is off by default (the real server's default): its examples are for a server that turned it on.
        if (op.operationId in AI_ROUTES) engine.store.settings.ai.enabled = true;
        for (const id of BEFORE[op.operationId] ?? []) await send(engine.operations.find((o) => o.operationId === id)!);
        const res = await send(op);
        const documented2xx = Object.keys(op.responses).filter((c) => c.startsWith('2')).map(Number);
        if (!documented2xx.includes(res.status)) failures.push(`${op.operationId}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
      expect(failures).toEqual([]);
      expect(engine.violations).toEqual([]);
    });
  }
});

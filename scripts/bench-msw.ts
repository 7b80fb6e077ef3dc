/**
 * `npm run bench:msw`: the MSW adapter's cost per request against a
 * hand-written MSW handler that returns the same JSON, in the same process
 * with the same `setupServer`: `fetch` of `GET /api/v1/projects?per_page=50`
 * (a) through `createHandlers()` (every operation of the spec, the engine
 * behind them: auth, throttling off, read cache on as by default) and
 * (b) through one `http.get(url, () => HttpResponse.json(body))`. Rounds
 * alternate so both see the same machine; prints the median time per
 * request of each and the ratio (goal: at most 1.5). Asserts nothing.
 *
 *   npm run bench:msw -- --requests 2000 --rounds 7
 */
import { parseArgs } from 'node:util';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { createHandlers } from '../src/msw.js';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '7' }, concurrency: { type: 'string', default: '1' } } });
const REQUESTS = Number(values.requests);
const ROUNDS = Number(values.rounds);
const CONCURRENCY = Number(values.concurrency);
for (const [name, v] of [['requests', REQUESTS], ['rounds', ROUNDS], ['concurrency', CONCURRENCY]] as const) {
  if (!Number.isInteger(v) || v < 1) {
    console.error(`bench:msw: --${name} must be a positive integer`);
    process.exit(2);
  }
}

const BASE = 'http://tt.bench';
const URL_ = `${BASE}/api/v1/projects?per_page=50`;
const mock = createHandlers({ baseUrl: BASE, throttle: 'off' });
const token = mock.tokens().find((t) => t.scopes.includes('admin:all'))!.token;
const headers = { authorization: `Bearer ${token}` };

const server = setupServer();
server.listen({ onUnhandledRequest: 'error' });

/** `n` requests, `CONCURRENCY` at a time; ms per request. */
async function run(n: number): Promise<number> {
  const t = performance.now();
  let left = n;
  const worker = async () => {
    while (left-- > 0) {
      const res = await fetch(URL_, { headers });
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return (performance.now() - t) / n;
}

async function main(): Promise<void> {
  server.resetHandlers(...mock.handlers);
  const body = (await (await fetch(URL_, { headers })).json()) as JsonBodyType;
  const handWritten = http.get(`${BASE}/api/v1/projects`, () => HttpResponse.json(body));
  server.resetHandlers(handWritten);
  const same = JSON.stringify(await (await fetch(URL_, { headers })).json()) === JSON.stringify(body);
  if (!same) throw new Error('the hand-written handler does not answer the same JSON');

  const adapter: number[] = [];
  const plain: number[] = [];
  // Warm-up, then alternating rounds.
  for (const handlers of [mock.handlers, [handWritten]]) {
    server.resetHandlers(...handlers);
    await run(Math.min(500, REQUESTS));
  }
  for (let round = 0; round < ROUNDS; round++) {
    server.resetHandlers(...mock.handlers);
    adapter.push(await run(REQUESTS));
    server.resetHandlers(handWritten);
    plain.push(await run(REQUESTS));
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
  const a = median(adapter);
  const p = median(plain);
  const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
  console.log(`MSW ${(await import('msw/package.json', { with: { type: 'json' } })).default.version}, Node ${process.version}: ${REQUESTS} requests x ${ROUNDS} rounds, ${CONCURRENCY} at a time, GET ${URL_}`);
  const rows = [
    [`createHandlers(): ${mock.handlers.length} MSW handlers, the engine behind`, us(a)],
    ['one hand-written http.get, same JSON', us(p)],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`| ${'handlers'.padEnd(w)} | median per request |`);
  console.log(`|${'-'.repeat(w + 2)}|--------------------|`);
  for (const [name, t] of rows) console.log(`| ${name.padEnd(w)} | ${t.padStart(18)} |`);
  console.log(`\nadapter / hand-written: ${(a / p).toFixed(2)}   (goal: at most 1.5)`);
}

main()
  .catch((e) => {
    console.error(`bench:msw failed: ${(e as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => server.close());

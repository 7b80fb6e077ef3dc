/**
 * Memory check (a script that prints figures, not a test): starts the mock
 * server on a free loopback port, then sends
 *   1. N time-entry creates without Idempotency-Key (what the stored entries cost),
 *   2. after a reset, N creates with N distinct keys (entries + keys),
 *   3. H requests for /api/openapi.json, each with a distinct Host header,
 * and prints heap and RSS (after a full GC) before and after each phase, the
 * idempotency store's size, and the time per openapi.json answer.
 *
 *   npm run memory                          # N = 100,000 keys, H = 1,000 hosts
 *   npm run memory -- --keys 20000 --hosts 300
 */
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createClock } from '../src/core/clock.js';
import { createEngine } from '../src/node.js';
import { createHttpServer } from '../src/server/http.js';

const { values } = parseArgs({ options: { keys: { type: 'string', default: '100000' }, hosts: { type: 'string', default: '1000' } } });
const KEYS = Number(values.keys);
const HOSTS = Number(values.hosts);
if (!Number.isInteger(KEYS) || KEYS < 1 || !Number.isInteger(HOSTS) || HOSTS < 1) {
  console.error('memory-check: --keys and --hosts must be positive integers');
  process.exit(2);
}
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('memory-check: run with node --expose-gc (npm run memory does)');
  process.exit(2);
}

const T0 = Date.parse('2026-11-16T10:00:00Z');
const engine = createEngine({ seed: 1, throttle: 'off', clock: createClock({ frozenAt: T0 }) });
const { server, close } = createHttpServer(engine);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;
const admin = engine.tokens().find((t) => t.scopes.includes('admin:all'))!.token;
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Run `n` requests, 16 at a time; count the statuses. */
async function pool(n: number, one: (i: number) => Promise<number>): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < n) {
        const s = await one(next++);
        statuses.set(s, (statuses.get(s) ?? 0) + 1);
      }
    }),
  );
  return statuses;
}

interface Mem {
  heap: number;
  rss: number;
}
function mem(): Mem {
  gc!();
  gc!();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}
const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
const delta = (a: Mem, b: Mem) => `heap ${mb(a.heap)} -> ${mb(b.heap)} (${b.heap >= a.heap ? '+' : ''}${mb(b.heap - a.heap)}), RSS ${mb(a.rss)} -> ${mb(b.rss)}`;
const show = (s: Map<number, number>) => [...s].map(([k, v]) => `${k}:${v}`).join(' ');

/** Entry i: one minute of its own, from T0 - 600 days on (before the seeded data, never overlapping). */
const entry = (i: number) => {
  const start = T0 - 600 * 86_400_000 + i * 120_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
  return JSON.stringify({ project_id: 1, start_time: iso(start), end_time: iso(start + 60_000) });
};
const create = (i: number, key?: string) =>
  send('POST', '/api/v1/time-entries', { authorization: `Bearer ${admin}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) }, entry(i));

console.log(`memory check: ${KEYS} idempotency keys, ${HOSTS} Host headers; node ${process.version}`);
const m0 = mem();
let t = performance.now();
const plain = await pool(KEYS, (i) => create(i));
const m1 = mem();
console.log(`1. ${KEYS} creates, no key:        ${delta(m0, m1)}   [${show(plain)}, ${((performance.now() - t) / 1000).toFixed(1)} s]`);

engine.reset();
const m2 = mem();
t = performance.now();
const keyed = await pool(KEYS, (i) => create(i, `memory-check-${i}-${'k'.repeat(40)}`));
const m3 = mem();
console.log(`2. ${KEYS} creates, distinct keys: ${delta(m2, m3)}   [${show(keyed)}, ${((performance.now() - t) / 1000).toFixed(1)} s]`);
const kept = engine.idempotency.size;
engine.idempotency.reset();
const m3b = mem();
console.log(`   keys kept: ${kept} (bound 10,000), holding ${mb(m3.heap - m3b.heap)} of heap (freed when they are dropped)`);

t = performance.now();
const docs = await pool(HOSTS, (i) => send('GET', '/api/openapi.json', { host: `host-${i}.example:${port}` }));
const perRequest = (performance.now() - t) / HOSTS;
const m4 = mem();
console.log(`3. ${HOSTS} distinct Host headers:  ${delta(m3b, m4)}   [${show(docs)}, ${perRequest.toFixed(2)} ms per answer with 16 in flight]`);

agent.destroy();
await close();

/**
 * `npm run bench`: servers on loopback, loaded in the same run with
 * autocannon (same connections, same duration each):
 *
 * 1. Peers on the projects list: a bare node:http server returning a canned
 *    body of the mock's size (the ceiling), this mock (`default` scenario,
 *    throttling off) on `GET /api/v1/projects?per_page=50`, `json-server`
 *    1.0.0-beta.3 (the last v1 that runs on Node 20) serving the same
 *    projects from a JSON file on `GET /projects` (json-server v1 has no
 *    route prefix), Mockoon's CLI serving the environment it imports from
 *    openapi.yaml on `GET /api/v1/projects?per_page=50` (the spec's
 *    example), and `prism mock openapi.yaml` (5.14.2, measured last: it
 *    keeps working after its load and would slow whoever came next).
 * 2. The write path on the mock: `POST /api/v1/time-entries`, and its
 *    ratio to the projects list in the same run.
 * 3. A mixed load on a fresh mock: 70% filtered `GET /api/v1/time-entries`,
 *    20% creates, 10% updates and deletes of created entries, for
 *    `--mixed-duration` seconds (default 300); throughput per second, and
 *    the last window's against the first (a minute each, or a third of a
 *    shorter run).
 *
 * Prints tables and ratios; asserts nothing. Every child is stopped by its
 * PID, also on failure.
 *
 *   npm run bench -- --duration 10 --connections 50 --mixed-duration 300
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'mixed-duration': { type: 'string', default: '300' },
  },
});
const num = (name: string, v: string | undefined, min: number): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) {
    console.error(`bench: --${name} must be a number >= ${min}, got "${v}"`);
    process.exit(2);
  }
  return n;
};
const DURATION = num('duration', values.duration, 1);
const CONNECTIONS = num('connections', values.connections, 1);
const MIXED = num('mixed-duration', values['mixed-duration'], 0);
const PATH = '/api/v1/projects?per_page=50';
const children: ChildProcess[] = [];
const work = mkdtempSync(join(tmpdir(), 'bench-'));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

function start(cmd: string, args: string[]): ChildProcess {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  child.stdout?.resume();
  child.stderr?.resume();
  children.push(child);
  return child;
}

function stop(child: ChildProcess): void {
  if (child.pid && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

async function waitFor(url: string, headers: Record<string, string> = {}, seconds = 60): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { headers, signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** CPU seconds a process has used (user + system), from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

interface Result {
  name: string;
  route: string;
  bytes: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** The server's CPU time per request (µs), when its PID is known. */
  cpuUs: number;
}

async function load(name: string, url: string, opts: Partial<autocannon.Options> = {}, pid?: number): Promise<Result> {
  const cpu0 = cpuSeconds(pid);
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...opts });
  const cpuUs = ((cpuSeconds(pid) - cpu0) * 1e6) / Math.max(1, r.requests.total);
  const bytes = r.requests.total > 0 ? Math.round(r.throughput.total / r.requests.total) : 0;
  return { name, route: '', bytes, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts, cpuUs };
}

process.on('exit', () => {
  for (const c of children) stop(c);
  rmSync(work, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));

async function startMock(): Promise<{ base: string; child: ChildProcess; headers: Record<string, string> }> {
  const port = await freePort();
  const child = start(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--port', String(port), '--log', 'off', '--throttle', 'off']);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/v1/health`);
  const { tokens } = (await (await fetch(`${base}/__mock/tokens`)).json()) as { tokens: { token: string; scopes: string[] }[] };
  return { base, child, headers: { authorization: `Bearer ${tokens.find((t) => t.scopes.includes('admin:all'))!.token}` } };
}

const health = async (base: string) =>
  (await (await fetch(`${base}/__mock/health`)).json()) as { memory: { rss_mb: number; heap_used_mb: number }; time_entries: number };

/** The mixed load: 70% filtered list GETs, 20% creates, 10% updates and deletes; requests per second. */
async function mixedLoad(base: string, headers: Record<string, string>, seconds: number) {
  const before = await health(base);
  const projects = ((await (await fetch(`${base}/api/v1/projects?per_page=100`, { headers })).json()) as { projects: { id: number; client_id: number }[] }).projects;
  const users = ((await (await fetch(`${base}/api/v1/users?per_page=100`, { headers })).json()) as { users: { id: number }[] }).users.map((u) => u.id);
  const json = { ...headers, 'content-type': 'application/json' };
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const NOW = Date.now();
  let created = 0;
  // Ids of created entries old enough to exist: a fresh store's ids run 1..N, so the k-th create gets N + k
  // (taken 200 creates behind the newest, so arrival order does not matter).
  const pool: number[] = [];
  const seeded = before.time_entries;
  const pick = <T>(a: readonly T[]) => a[Math.floor(Math.random() * a.length)];
  const perSecond: number[] = [];
  let done!: (r: autocannon.Result) => void;
  let failed!: (e: Error) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  const opts: autocannon.Options = {
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          const k = Math.random();
          if (k < 0.7) {
            const p = pick(projects);
            const from = NOW - Math.floor(Math.random() * 90) * 86_400_000;
            const filters = [
              `project_id=${p.id}&start_date=${day(from)}&end_date=${day(from + 30 * 86_400_000)}`,
              `user_id=${pick(users)}&per_page=50`,
              `client_id=${p.client_id}&billable=true&page=${1 + Math.floor(Math.random() * 3)}`,
              `start_date=${day(from)}&per_page=20&page=${1 + Math.floor(Math.random() * 5)}`,
            ];
            return { ...req, method: 'GET', path: `/api/v1/time-entries?${pick(filters)}`, headers, body: undefined };
          }
          if (k < 0.9 || pool.length === 0) {
            // A fresh two-minute slot per create: creates never overlap each other.
            const start = Date.UTC(2030, 0, 1) + created++ * 120_000;
            if (created > 200) pool.push(seeded + created - 200);
            return {
              ...req,
              method: 'POST',
              path: '/api/v1/time-entries',
              headers: json,
              body: JSON.stringify({ project_id: pick(projects).id, start_time: new Date(start).toISOString(), end_time: new Date(start + 60_000).toISOString(), notes: 'mixed load' }),
            };
          }
          const i = Math.floor(Math.random() * pool.length);
          const id = pool[i];
          if (Math.random() < 0.5) {
            return { ...req, method: 'PATCH', path: `/api/v1/time-entries/${id}`, headers: json, body: JSON.stringify({ notes: `edited ${created}`, billable: Math.random() < 0.5 }) };
          }
          pool[i] = pool[pool.length - 1];
          pool.pop();
          return { ...req, method: 'DELETE', path: `/api/v1/time-entries/${id}`, headers, body: undefined };
        },
      },
    ],
  };
  const instance = autocannon(opts, (err, r) => (err ? failed(err) : done(r)));
  // autocannon's typings omit the tick's payload: the requests completed in that second.
  (instance as unknown as NodeJS.EventEmitter).on('tick', (t: { counter: number }) => perSecond.push(t.counter));
  const result = await finished;
  const after = await health(base);
  return { result, perSecond, before, after, created };
}

async function main(): Promise<void> {
  // 1. The mock, throttling off.
  const mock = await startMock();
  const sample = await fetch(`${mock.base}${PATH}`, { headers: mock.headers });
  const body = await sample.text();
  if (sample.status !== 200) throw new Error(`the mock answered ${sample.status}: ${body.slice(0, 200)}`);
  const projects = (JSON.parse(body) as { projects: unknown[] }).projects;

  // 2. Bare node:http with a canned body of the same size.
  const barePort = await freePort();
  const bareSrc = `const b=Buffer.from(${JSON.stringify(body)});require('node:http').createServer((q,s)=>{s.writeHead(200,{'content-type':'application/json','content-length':b.length});s.end(b)}).listen(${barePort},'127.0.0.1')`;
  start(process.execPath, ['-e', bareSrc]);
  const bare = `http://127.0.0.1:${barePort}`;
  await waitFor(`${bare}/`);

  // 3. json-server v1 on a JSON file holding the same projects.
  const dbFile = join(work, 'db.json');
  writeFileSync(dbFile, JSON.stringify({ projects }));
  const jsonPort = await freePort();
  start(process.execPath, [`${ROOT}node_modules/json-server/lib/bin.js`, dbFile, '--port', String(jsonPort), '--host', '127.0.0.1']);
  const jsonServer = `http://127.0.0.1:${jsonPort}`;
  await waitFor(`${jsonServer}/projects`);

  // 4. Mockoon's CLI on the environment it imports from openapi.yaml.
  const envFile = join(work, 'mockoon.json');
  const mockoonBin = `${ROOT}node_modules/@mockoon/cli/bin/run.js`;
  await new Promise<void>((resolve, reject) => {
    const imp = start(process.execPath, [mockoonBin, 'import', '--input', 'openapi.yaml', '--output', envFile]);
    imp.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`mockoon-cli import exited with ${code}`))));
  });
  const mockoonPort = await freePort();
  start(process.execPath, [mockoonBin, 'start', '--data', envFile, '--port', String(mockoonPort), '--hostname', '127.0.0.1', '--disable-log-to-file', '--disable-admin-api']);
  const mockoon = `http://127.0.0.1:${mockoonPort}`;
  await waitFor(`${mockoon}/api/v1/health`, {}, 120);

  // 5. Prism 5.14.2 on the same spec.
  const prismPort = await freePort();
  const prismChild = start(`${ROOT}node_modules/.bin/prism`, ['mock', 'openapi.yaml', '-h', '127.0.0.1', '-p', String(prismPort)]);
  const prism = `http://127.0.0.1:${prismPort}`;
  await waitFor(`${prism}/api/v1/health`, {}, 120);

  console.log(`${CONNECTIONS} connections, ${DURATION} s each (node ${process.version}); the mock's answer is ${Buffer.byteLength(body)} bytes\n`);
  const peers: [string, string, string, ChildProcess | undefined][] = [
    ['bare node:http (canned body)', bare, '/', undefined],
    ['this mock', mock.base, PATH, mock.child],
    ['json-server 1.0.0-beta.3', jsonServer, '/projects', undefined],
    ['mockoon-cli 9.9.0', mockoon, PATH, undefined],
    ['prism mock 5.14.2', prism, PATH, undefined],
  ];
  const results: Result[] = [];
  for (const [name, base, route, child] of peers) {
    // Warm up briefly, then measure, one at a time.
    await autocannon({ url: `${base}${route}`, connections: 10, duration: 2, headers: mock.headers });
    results.push({ ...(await load(name, `${base}${route}`, { headers: mock.headers }, child?.pid)), route: `GET ${route}` });
  }
  stop(prismChild);

  // The write path on the mock: creates with distinct start times, so none overlap. The bodies are
  // made before the run, so the load generator (on the same cores) only picks the next one.
  const bodies = Array.from({ length: Math.ceil(DURATION * 40_000) }, (_, i) => {
    const s = Date.UTC(2027, 0, 1) + i * 120_000;
    return `{"project_id":1,"start_time":"${new Date(s).toISOString()}","end_time":"${new Date(s + 60_000).toISOString()}"}`;
  });
  let n = 0;
  const write = await load(
    'this mock',
    `${mock.base}/api/v1/time-entries`,
    {
      method: 'POST',
      headers: { ...mock.headers, 'content-type': 'application/json' },
      requests: [{ setupRequest: (req) => ({ ...req, body: bodies[n++] }) }],
    },
    mock.child.pid,
  );
  write.route = 'POST /api/v1/time-entries';
  const h = await health(mock.base);

  const fmt = (r: Result) =>
    `| ${r.name.padEnd(28)} | ${r.route.padEnd(34)} | ${String(r.bytes).padStart(6)} | ${Math.round(r.rps).toString().padStart(7)} | ${r.p50.toFixed(0).padStart(4)} ms | ${r.p99.toFixed(0).padStart(4)} ms | ${String(r.non2xx).padStart(6)} | ${String(r.errors).padStart(6)} |`;
  console.log('| server                       | route                              |  bytes |   req/s |  p50    |  p99    | non2xx | errors |');
  console.log('|------------------------------|------------------------------------|--------|---------|---------|---------|--------|--------|');
  for (const r of [...results, write]) console.log(fmt(r));
  const byName = (name: string) => results.find((r) => r.name.startsWith(name))!;
  const m = byName('this mock');
  console.log();
  for (const peer of ['json-server', 'mockoon-cli', 'prism']) console.log(`this mock / ${byName(peer).name}: ${(m.rps / byName(peer).rps).toFixed(1)}x`);
  console.log(`this mock / bare node:http: ${(m.rps / byName('bare').rps).toFixed(2)}   (goal: at least 0.5)`);
  console.log(`write / read: POST /api/v1/time-entries ${Math.round(write.rps)} req/s / GET ${PATH} ${Math.round(m.rps)} req/s = ${(write.rps / m.rps).toFixed(2)}   (goal: at least 0.5); ${write.non2xx} non-2xx of ${n} sent`);
  console.log(`the mock's CPU per request: GET ${m.cpuUs.toFixed(0)} µs, POST ${write.cpuUs.toFixed(0)} µs (read/write cost ${(m.cpuUs / write.cpuUs).toFixed(2)}); the load generator runs on the same cores`);
  console.log(`mock memory after the run: RSS ${h.memory.rss_mb} MB, heap ${h.memory.heap_used_mb} MB, ${h.time_entries} time entries`);

  // 3. The mixed load, on a fresh mock with nothing else running.
  for (const c of children) stop(c);
  if (MIXED <= 0) return;
  const fresh = await startMock();
  console.log(`\nmixed load: ${CONNECTIONS} connections for ${MIXED} s (70% filtered GET /api/v1/time-entries, 20% creates, 10% updates and deletes)...`);
  const mixed = await mixedLoad(fresh.base, fresh.headers, MIXED);
  const per = mixed.perSecond;
  const window = Math.max(1, Math.min(60, Math.floor(per.length / 3)));
  const avg = (a: number[]) => a.reduce((x, y) => x + y, 0) / Math.max(1, a.length);
  const firstW = avg(per.slice(0, window));
  const lastW = avg(per.slice(per.length - window));
  console.log(
    `mixed load: ${Math.round(mixed.result.requests.average)} req/s on average (p50 ${mixed.result.latency.p50} ms, p99 ${mixed.result.latency.p99} ms); ` +
      `first ${window} s ${Math.round(firstW)} req/s, last ${window} s ${Math.round(lastW)} req/s: last/first ${(lastW / firstW).toFixed(2)} (goal: at least 0.8); ` +
      `entries ${mixed.before.time_entries} -> ${mixed.after.time_entries}; ${mixed.result.non2xx} non-2xx of ${mixed.result.requests.total}; RSS ${mixed.after.memory.rss_mb} MB`,
  );
}

main()
  .catch((e) => {
    console.error(`bench failed: ${(e as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const c of children) stop(c);
  });

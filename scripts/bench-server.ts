/**
 * `npm run bench`: three servers on loopback, loaded in the same run with
 * autocannon on `GET /api/v1/projects?per_page=50` (valid token, throttling
 * off): this mock (default scenario), `prism mock openapi.yaml` (5.14.2), and
 * a bare node:http server returning a canned body of the same size. Then one
 * write path on the mock (`POST /api/v1/time-entries`) and the mock's memory.
 * Prints req/s, p50/p99 and the ratios; asserts nothing. Every child is
 * stopped by its PID, also on failure.
 *
 *   npm run bench -- --duration 10 --connections 50
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } } });
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const PATH = '/api/v1/projects?per_page=50';
const children: ChildProcess[] = [];

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

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(name: string, url: string, opts: Partial<autocannon.Options> = {}): Promise<Result> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...opts });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

function stopAll(): void {
  for (const c of children) {
    if (c.pid && c.exitCode === null && c.signalCode === null) {
      try {
        process.kill(c.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

async function main(): Promise<void> {
  // 1. The mock, throttling off.
  const mockPort = await freePort();
  start(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--port', String(mockPort), '--log', 'off', '--throttle', 'off']);
  const mock = `http://127.0.0.1:${mockPort}`;
  await waitFor(`${mock}/api/v1/health`);
  const { tokens } = (await (await fetch(`${mock}/__mock/tokens`)).json()) as { tokens: { token: string; scopes: string[] }[] };
  const token = tokens.find((t) => t.scopes.includes('admin:all'))!.token;
  const headers = { authorization: `Bearer ${token}` };
  const sample = await fetch(`${mock}${PATH}`, { headers });
  const body = await sample.text();
  if (sample.status !== 200) throw new Error(`the mock answered ${sample.status}: ${body.slice(0, 200)}`);

  // 2. Prism 5.14.2 on the same spec.
  const prismPort = await freePort();
  start(`${ROOT}node_modules/.bin/prism`, ['mock', 'openapi.yaml', '-h', '127.0.0.1', '-p', String(prismPort)]);
  const prism = `http://127.0.0.1:${prismPort}`;
  await waitFor(`${prism}/api/v1/health`, {}, 120);

  // 3. Bare node:http with a canned body of the same size.
  const barePort = await freePort();
  const bareSrc = `const b=Buffer.from(${JSON.stringify(body)});require('node:http').createServer((q,s)=>{s.writeHead(200,{'content-type':'application/json','content-length':b.length});s.end(b)}).listen(${barePort},'127.0.0.1')`;
  start(process.execPath, ['-e', bareSrc]);
  const bare = `http://127.0.0.1:${barePort}`;
  await waitFor(`${bare}/`);

  console.log(`GET ${PATH}, ${CONNECTIONS} connections, ${DURATION} s each, body ${body.length} bytes (node ${process.version})\n`);
  const results: Result[] = [];
  // Warm up each briefly, then measure, one at a time.
  // Prism last: under load it falls behind and keeps working after autocannon stops.
  for (const [name, base] of [['bare node:http', bare], ['this mock', mock], ['prism mock 5.14.2', prism]] as const) {
    await autocannon({ url: `${base}${PATH}`, connections: 10, duration: 2, headers });
    results.push(await load(name, `${base}${PATH}`, { headers }));
  }
  // One write path on the mock: creates with distinct start times, so none overlap.
  let n = 0;
  const write = await load('this mock: POST /time-entries', `${mock}/api/v1/time-entries`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const start = Date.UTC(2027, 0, 1) + n++ * 120_000;
          return { ...req, body: JSON.stringify({ project_id: 1, start_time: new Date(start).toISOString(), end_time: new Date(start + 60_000).toISOString() }) };
        },
      },
    ],
  });
  const health = (await (await fetch(`${mock}/__mock/health`)).json()) as { memory: { rss_mb: number; heap_used_mb: number }; time_entries: number };

  const fmt = (r: Result) =>
    `| ${r.name.padEnd(30)} | ${Math.round(r.rps).toString().padStart(8)} | ${r.p50.toFixed(0).padStart(4)} ms | ${r.p99.toFixed(0).padStart(4)} ms | ${String(r.non2xx).padStart(6)} | ${String(r.errors).padStart(6)} |`;
  console.log('| server                         |    req/s |  p50    |  p99    | non2xx | errors |');
  console.log('|--------------------------------|----------|---------|---------|--------|--------|');
  for (const r of [...results, write]) console.log(fmt(r));
  const [b, m, p] = results;
  console.log(`\nthis mock / prism: ${(m.rps / p.rps).toFixed(1)}x   (goal: at least 10x)`);
  console.log(`this mock / bare node:http: ${(m.rps / b.rps).toFixed(2)}   (goal: at least 0.5)`);
  console.log(`write path: ${Math.round(write.rps)} req/s; ${write.non2xx} non-2xx of ${n} sent; store now holds ${health.time_entries} entries`);
  console.log(`mock memory after the run: RSS ${health.memory.rss_mb} MB, heap ${health.memory.heap_used_mb} MB`);
}

main()
  .catch((e) => {
    console.error(`bench failed: ${(e as Error).message}`);
    process.exitCode = 1;
  })
  .finally(stopAll);

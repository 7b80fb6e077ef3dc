/**
 * Start the real mock server (src/server/cli.ts) as a child process on a free
 * loopback port, read its tokens from the control API, and stop it by its PID.
 * Shared by the self-test and the defects test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { casesById, type ContractKit } from '../../contract-tests/apis.js';
import type { Spec } from '../../contract-tests/lib/spec.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = `${REPO}src/server/cli.ts`;
export const mockAvailable = (): boolean => existsSync(CLI);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface MockToken {
  token: string;
  role: string;
  scopes: string[];
  is_active: boolean;
  expires_at: string | null;
  purpose: string;
}

export interface Tokens {
  admin: string;
  narrow?: { token: string; scopes: string[] };
  user?: string;
  /** An administrator's login (the control API lists the users' credentials). */
  login?: { username: string; password: string };
}

/**
 * The per-token limit (100/min by default) would make every run wait out
 * several 429s; the suites handle those (lib.test.ts checks the retry), so
 * the kit's own tests lift it to stay quick. `off` turns both windows off
 * (the mock then sends no X-RateLimit-* headers).
 */
export const LIMITS = {
  lifted: ['--rate-limit-per-minute', '1000000', '--rate-limit-per-hour', '100000000'],
  off: ['--rate-limit-per-minute', '0', '--rate-limit-per-hour', '0'],
  /** The documented defaults (100 a minute, 1000 an hour): what the rate-limit flow exhausts. */
  documented: [],
} as const;

export interface RunningMock {
  baseUrl: string;
  pid: number;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Start `node --import tsx src/server/cli.ts --port P --host 127.0.0.1 --log off [limits] [...extra]`
 * and wait until it answers.
 */
export async function startMock(extra: string[] = [], limits: keyof typeof LIMITS = 'lifted', env: Record<string, string> = {}): Promise<RunningMock> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', String(port), '--host', '127.0.0.1', '--log', 'off', ...LIMITS[limits], ...extra], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  const pid = child.pid!;
  const stop = async (): Promise<void> => {
    if (exited) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    process.kill(pid, 'SIGTERM');
    const timer = setTimeout(() => {
      if (!exited) process.kill(pid, 'SIGKILL');
    }, 5000);
    await gone;
    clearTimeout(timer);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`the mock exited before answering:\n${out}`);
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the mock did not answer within 60 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseUrl, pid, output: () => out, stop };
}

/** The mock's clock (control API), epoch ms. */
export async function mockNow(baseUrl: string): Promise<number> {
  const res = await fetch(`${baseUrl}/__mock/clock`);
  return ((await res.json()) as { epoch_ms: number }).epoch_ms;
}

/** The mock's tokens (control API), picked by what they are for; "expired" by the mock's clock, not this machine's. */
export async function mockTokens(baseUrl: string): Promise<Tokens> {
  const now = await mockNow(baseUrl);
  const res = await fetch(`${baseUrl}/__mock/tokens`);
  const body = (await res.json()) as unknown;
  const list = (Array.isArray(body) ? body : (body as { tokens?: unknown }).tokens) as MockToken[] | undefined;
  const users = (Array.isArray(body) ? [] : ((body as { users?: unknown }).users ?? [])) as { username: string; password: string; role: string }[];
  if (!Array.isArray(list)) throw new Error(`GET /__mock/tokens gave no token list: ${JSON.stringify(body).slice(0, 200)}`);
  const usable = list.filter((t) => t.is_active && (t.expires_at === null || Date.parse(t.expires_at.endsWith('Z') ? t.expires_at : `${t.expires_at}Z`) > now) && !/expired|revoked|inactive/i.test(t.purpose));
  const admin = usable.find((t) => t.role === 'admin' && t.scopes.includes('admin:all'));
  if (!admin) throw new Error(`no active admin token with admin:all among ${list.map((t) => t.purpose).join('; ')}`);
  const narrow = usable.find((t) => /read:projects only/i.test(t.purpose));
  const user = usable.find((t) => t.role !== 'admin' && !t.scopes.includes('admin:all') && t.scopes.some((s) => s.startsWith('read:')) && t !== narrow);
  const adminUser = users.find((u) => u.role === 'admin');
  return {
    admin: admin.token,
    narrow: narrow ? { token: narrow.token, scopes: narrow.scopes } : undefined,
    user: user?.token,
    login: adminUser ? { username: adminUser.username, password: adminUser.password } : undefined,
  };
}

/** The flags that point `npm run contract` at a running mock with all its tokens. */
export function contractArgs(baseUrl: string, tokens: Tokens): string[] {
  const args = ['--base-url', baseUrl, '--token', tokens.admin, '--include-mock-only'];
  if (tokens.narrow) args.push('--narrow-token', tokens.narrow.token, '--narrow-scopes', tokens.narrow.scopes.join(','));
  if (tokens.user) args.push('--user-token', tokens.user);
  if (tokens.login) args.push('--username', tokens.login.username, '--password', tokens.login.password);
  return args;
}

export interface ContractRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the run. */
  seconds: number;
}

/** Run the contract runner (what `npm run contract` runs: tsx contract-tests/run.ts) and wait for it. */
export function runContract(args: string[], timeoutMs: number): Promise<ContractRun> {
  const started = performance.now();
  return new Promise<Omit<ContractRun, 'seconds'>>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${REPO}contract-tests/run.ts`, ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${timeoutMs} ms)`;
      if (child.pid) process.kill(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  }).then((run) => ({ ...run, seconds: (performance.now() - started) / 1000 }));
}

/** What `--json` writes (the parts the tests read). */
export interface ContractReport {
  entryDate: string | null;
  summary: string;
  waited: { suitesMs: number; dreddMs: number };
  rows: { id: string; outcome: string; dredd: string; detail: string }[];
  results: { runner: string; id: string; check: string; outcome: string; message?: string }[];
  findings: { runner: string; id: string; check: string; kind: 'deviation' | 'warning'; provenance?: string; message: string }[];
  notRun: { id: string; check: string; why: string }[];
  warnings: string[];
}

/**
 * Everything a contract run could change that the API lists, in full (every
 * page): all time entries (running ones included), tasks, quotes, clients and
 * projects of every status, users, the admin's favourites, timer and
 * workday, and the stock levels. A run must end with the same listing it
 * started with, but for what the API cannot remove (see `leftovers`).
 */
export async function dataListing(baseUrl: string, token: string): Promise<Record<string, unknown>> {
  const get = async (path: string): Promise<Record<string, unknown>> => {
    const res = await fetch(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const all = async (path: string, key: string): Promise<unknown[]> => {
    const out: unknown[] = [];
    for (let page = 1; page < 1000; page++) {
      const body = await get(`${path}${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`);
      out.push(...(body[key] as unknown[]));
      if (!(body.pagination as { has_next: boolean }).has_next) break;
    }
    return out;
  };
  // A login sets the user's last_login: data the API changes on purpose, not a leftover.
  const users = ((await all('/api/v1/users', 'users')) as Record<string, unknown>[]).map(({ last_login: _l, ...u }) => u);
  const valuation = await get('/api/v1/inventory/reports/valuation');
  return {
    time_entries: await all('/api/v1/time-entries?include_active=true', 'time_entries'),
    tasks: await all('/api/v1/tasks', 'tasks'),
    quotes: await all('/api/v1/quotes?status=all', 'quotes'),
    clients: await all('/api/v1/clients', 'clients'),
    projects: await all('/api/v1/projects?status=all', 'projects'),
    users,
    favorites: (await get('/api/v1/users/me/favorites/projects')).favorites,
    timer: await get('/api/v1/timer/status'),
    workday: (await get('/api/v1/workday/status')).data,
    stock: valuation.item_details,
  };
}

type Named = { id: number; name: string; status?: string; is_archived?: boolean; is_active?: boolean };

/**
 * What a run left that the API cannot remove: the projects it created
 * (archived, named `contract ...`) and the clients that kept them (inactive).
 * Returns them, and the listing without them; everything else must be as
 * before. (Also not removable, and not in the listing: the attendance
 * history of the workdays and breaks it ended, the transfers it made and
 * undid, the tokens its logins issued.)
 */
export function leftovers(before: Record<string, unknown>, after: Record<string, unknown>): { left: { projects: Named[]; clients: Named[] }; rest: Record<string, unknown> } {
  const known = (key: string) => new Set(((before[key] as Named[]) ?? []).map((x) => x.id));
  const newOf = (key: string) => ((after[key] as Named[]) ?? []).filter((x) => !known(key).has(x.id));
  const projects = newOf('projects');
  const clients = newOf('clients');
  const dropIds = (key: string, drop: Named[]) => ((after[key] as Named[]) ?? []).filter((x) => !drop.some((d) => d.id === x.id));
  return { left: { projects, clients }, rest: { ...after, projects: dropIds('projects', projects), clients: dropIds('clients', clients) } };
}

/**
 * At most `n` of the returned function's tasks at once (each test here is a
 * mock server plus a contract run; the machine has 2 cores).
 */
export function limiter(n: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (fn) => {
    if (running >= n) await new Promise<void>((r) => waiting.push(r));
    running++;
    try {
      return await fn();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/**
 * Problems of a kit's coverage of its spec: operations without a case,
 * cases of no operation, cases listed twice, cases without valid input, and
 * operations documenting a 400/404 whose case has no invalid input (nor
 * says why). Empty when the kit covers the spec.
 */
export function coverageProblems(kit: ContractKit, spec: Spec): string[] {
  const cases = casesById(kit);
  const problems: string[] = [];
  for (const o of spec.operations) if (!cases.has(o.operationId)) problems.push(`${o.operationId}: no case`);
  for (const c of kit.cases) if (!spec.byId.has(c.operationId)) problems.push(`${c.operationId}: a case of no operation`);
  if (cases.size !== kit.cases.length) problems.push('an operation has two cases');
  for (const c of kit.cases) if (!c.valid) problems.push(`${c.operationId}: no valid input`);
  for (const o of spec.operations) {
    const k = cases.get(o.operationId);
    if (k && ['400', '404'].some((s) => s in o.responses) && !k.bad && !k.noBad) problems.push(`${o.operationId}: no invalid input`);
  }
  return problems;
}

/**
 * `npm start` / `npx timetracker-mock`: the local fake backend.
 * Every flag has an environment variable; flags win.
 */
import { parseArgs } from 'node:util';
import { SPECS, type ApiId } from '../apis/index.js';
import { createClock } from '../core/clock.js';
import type { FaultRule } from '../core/faults.js';
import { parseIsoTime } from '../core/time.js';
import type { Store } from '../store/timetracker/store.js';
import { createEngine, loadApi, type NodeEngineOptions } from '../node.js';
import { docsAvailable } from './docs.js';
import { createHttpServer } from './http.js';
import { createLogger, type LogFormat } from './log.js';

const API_IDS = SPECS.map((s) => s.id);

const defectLines = (): string =>
  API_IDS.map((id) => {
    const defects = Object.entries(loadApi(id).defects ?? {});
    return [`                           ${id}:`, ...defects.map(([d, def]) => `                             ${d.padEnd(26)} ${def.targets}`)].join('\n');
  }).join('\n');

const help = () => `timetracker-mock: a stateful mock of time-tracking REST APIs (TimeTracker /api/v1, Harvest classic, CoffeeCup)

Usage: npx timetracker-mock [options]        (in this repository: npm start -- [options])

API
  --api NAME               ${API_IDS.join(' | ')} (default timetracker)   MOCK_API
                           one API per server; start two for both

Server
  --port N                 port (default 4010; 0 picks a free one)        MOCK_PORT
  --host H                 address to listen on (default 127.0.0.1)        MOCK_HOST
  --log json|pretty|off    request log format (default pretty)             MOCK_LOG
  --control-open           let any caller use /__mock/ (default: only this machine,
                           with a loopback Host and Origin)                 MOCK_CONTROL_OPEN=1

Data
  --seed N                 seed of the generated data (default 1)          MOCK_SEED
  --scenario NAME          timetracker: default | empty | large; harvest-classic, coffeecup: default | empty   MOCK_SCENARIO
  --size N                 time entries of the large scenario (default 100000)  MOCK_SIZE
  --single-active-timer on|off   TimeTracker: one running timer per user (default on)   MOCK_SINGLE_ACTIVE_TIMER
  --now ISO                start the clock (running) at this instant and seed the data
                           around it, e.g. 2026-11-16T23:59:30Z (default: real time)  MOCK_NOW

Throttling (see README "Throttling")
  --throttle P             timetracker | harvest | off (default: the API's own)   MOCK_THROTTLE
  --rate-limit-per-minute N   per token, 0 = off (default 100)   API_TOKEN_RATE_LIMIT_PER_MINUTE
  --rate-limit-per-hour N     per token, 0 = off (default 1000)  API_TOKEN_RATE_LIMIT_PER_HOUR
  --json-only              reject bodies without Content-Type: application/json (CoffeeCup's rule; always on for coffeecup)  MOCK_JSON_ONLY=1

Faults (see README "Faults"; per request: the Prefer header)
  --fault-rate R           share of requests that fail, 0..1 (default 0)     MOCK_FAULT_RATE
  --fault-status LIST      statuses to fail with (default 500,503)           MOCK_FAULT_STATUS
  --fault-operations LIST  operationIds the faults apply to (default all)   MOCK_FAULT_OPERATIONS
  --latency MS|MIN-MAX     added latency on every request                   MOCK_LATENCY

Checking
  --strict                 check every response against the API's spec     MOCK_STRICT=1
  --defect NAME            misbehave on purpose (repeatable), to prove contract suites fail:
${defectLines()}

  --help                   this text
`;

class UsageError extends Error {}

function intOption(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} must be an integer >= ${min}, got "${value}"`);
  return n;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

const bool = (v: string | undefined) => v === '1' || v === 'true' || v === 'on';

/** `--now`: an ISO 8601 datetime (naive = UTC, as everywhere in the mock), or undefined for real time. */
function startInstant(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const at = /^\d{4}-\d{2}-\d{2}T/.test(value.trim()) ? parseIsoTime(value) : null;
  if (at === null) throw new UsageError(`--now must be an ISO 8601 datetime such as 2026-11-16T09:00:00Z, got "${value}"`);
  return at;
}

/** A clock that runs on from `at` (not frozen), so timers and windows behave as on any other day. */
function startedClock(at: number) {
  const clock = createClock();
  clock.set(at);
  return clock;
}

export interface CliConfig {
  port: number;
  host: string;
  log: LogFormat;
  /** The control API answers any caller, not only loopback ones. */
  controlOpen: boolean;
  engine: NodeEngineOptions<ApiId>;
}

/** Flags + environment -> configuration. Throws UsageError with a one-line reason. */
export function parseConfig(argv: string[], env: NodeJS.ProcessEnv): CliConfig | 'help' {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        api: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        log: { type: 'string' },
        seed: { type: 'string' },
        scenario: { type: 'string' },
        size: { type: 'string' },
        'single-active-timer': { type: 'string' },
        now: { type: 'string' },
        throttle: { type: 'string' },
        'rate-limit-per-minute': { type: 'string' },
        'rate-limit-per-hour': { type: 'string' },
        'json-only': { type: 'boolean' },
        'control-open': { type: 'boolean' },
        'fault-rate': { type: 'string' },
        'fault-status': { type: 'string' },
        'fault-operations': { type: 'string' },
        latency: { type: 'string' },
        strict: { type: 'boolean' },
        defect: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  if (values.help) return 'help';
  const v = (flag: string, envName: string) => (values[flag] as string | undefined) ?? env[envName];
  const faults: FaultRule[] = [];
  const rate = v('fault-rate', 'MOCK_FAULT_RATE');
  const operations = v('fault-operations', 'MOCK_FAULT_OPERATIONS')?.split(',').map((s) => s.trim()).filter(Boolean);
  if (rate !== undefined && rate !== '') {
    const r = Number(rate);
    if (!(r >= 0 && r <= 1)) throw new UsageError(`--fault-rate must be between 0 and 1, got "${rate}"`);
    const statuses = (v('fault-status', 'MOCK_FAULT_STATUS') ?? '500,503').split(',').map((s) => Number(s.trim()));
    if (!statuses.every((s) => Number.isInteger(s) && s >= 400 && s <= 599)) throw new UsageError('--fault-status must list HTTP error statuses, e.g. 500,503');
    if (r > 0) faults.push({ kind: 'status', rate: r, statuses, ...(operations ? { operations } : {}) });
  }
  const latency = v('latency', 'MOCK_LATENCY');
  if (latency !== undefined && latency !== '') {
    const m = /^(\d+)(?:-(\d+))?$/.exec(latency);
    if (!m || (m[2] !== undefined && Number(m[2]) < Number(m[1]))) throw new UsageError(`--latency must be MS or MIN-MAX in milliseconds, got "${latency}"`);
    faults.push({ kind: 'latency', latencyMs: m[2] === undefined ? Number(m[1]) : { min: Number(m[1]), max: Number(m[2]) }, ...(operations ? { operations } : {}) });
  }
  const api = oneOf('--api', v('api', 'MOCK_API'), API_IDS, 'timetracker');
  const def = loadApi(api);
  const defectNames = Object.keys(def.defects ?? {});
  const defects = ((values.defect as string[] | undefined) ?? []).map((d) => oneOf(`--defect (${api})`, d, defectNames, defectNames[0]));
  const sat = v('single-active-timer', 'MOCK_SINGLE_ACTIVE_TIMER');
  if (sat !== undefined && sat !== '' && api !== 'timetracker') throw new UsageError(`--single-active-timer is a TimeTracker setting (Harvest and CoffeeCup keep their own rule)`);
  const throttle = v('throttle', 'MOCK_THROTTLE');
  const host = v('host', 'MOCK_HOST') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(host)) throw new UsageError(`--host must be an address or host name, got "${host}"`);
  const nowAt = startInstant(v('now', 'MOCK_NOW'));
  return {
    port: intOption('--port', v('port', 'MOCK_PORT'), 4010),
    host,
    log: oneOf('--log', v('log', 'MOCK_LOG'), ['json', 'pretty', 'off'] as const, 'pretty'),
    controlOpen: Boolean(values['control-open']) || bool(env.MOCK_CONTROL_OPEN),
    engine: {
      api,
      seed: intOption('--seed', v('seed', 'MOCK_SEED'), 1),
      scenario: oneOf(`--scenario (${api})`, v('scenario', 'MOCK_SCENARIO'), def.scenarios, def.defaultScenario),
      size: intOption('--size', v('size', 'MOCK_SIZE'), 100_000, 1),
      throttle: throttle === undefined || throttle === '' ? def.throttle : oneOf('--throttle', throttle, ['timetracker', 'harvest', 'off'] as const, 'timetracker'),
      rateLimitPerMinute: intOption('--rate-limit-per-minute', v('rate-limit-per-minute', 'API_TOKEN_RATE_LIMIT_PER_MINUTE'), 100),
      rateLimitPerHour: intOption('--rate-limit-per-hour', v('rate-limit-per-hour', 'API_TOKEN_RATE_LIMIT_PER_HOUR'), 1000),
      jsonOnly: Boolean(values['json-only']) || bool(env.MOCK_JSON_ONLY),
      strict: Boolean(values.strict) || bool(env.MOCK_STRICT),
      faults: { rules: faults },
      defects,
      customize: singleActiveTimer(sat === undefined ? undefined : oneOf('--single-active-timer', sat, ['on', 'off'] as const, 'on') === 'on'),
      ...(nowAt === undefined ? {} : { clock: startedClock(nowAt), seedNow: nowAt }),
    },
  };
}

/** Override the scenario's "one running timer per user" setting (on every reset too). */
function singleActiveTimer(on: boolean | undefined): ((store: unknown) => void) | undefined {
  if (on === undefined) return undefined;
  return (store) => {
    (store as Store).settings.single_active_timer = on;
  };
}

/** Run the CLI (the bin calls this; `npm start` runs this file). */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  let config: CliConfig | 'help';
  try {
    config = parseConfig(argv, process.env);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`timetracker-mock: ${e.message}\nRun with --help to see every option.`);
      process.exit(2);
    }
    throw e;
  }
  if (config === 'help') {
    process.stdout.write(help());
    return;
  }
  const cfg = config;
  const started = performance.now();
  const engine = createEngine(cfg.engine);
  const logger = createLogger(config.log);
  const { server, close } = createHttpServer(engine, { onResponse: logger, controlOpen: cfg.controlOpen });
  server.on('error', (e: NodeJS.ErrnoException) => {
    console.error(`timetracker-mock: cannot listen on ${config.host}:${config.port}: ${e.code ?? e.message}`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const base = `http://${host}:${port}`;
    const { title, banner } = engine.api;
    const tokens = engine.tokens();
    const userWidth = Math.max(8, ...tokens.map((t) => t.username.length));
    const roleWidth = Math.max(8, ...tokens.map((t) => t.role.length));
    const lines = [
      `${title} mock listening on ${base}  (${Math.round(performance.now() - started)} ms)`,
      `  API:      ${base}${banner.path === '/' ? '/' : banner.path}   docs: ${base}/api/docs${docsAvailable() ? '' : ' (needs swagger-ui-dist)'}   control: ${base}/__mock/${cfg.controlOpen ? ' (open to any caller)' : ''}`,
      `  scenario: ${engine.scenario}   seed: ${engine.seed}   throttle: ${engine.throttle.options.profile}` +
        (config.engine.defects?.length ? `   DEFECTS: ${config.engine.defects.join(', ')}` : '') +
        (config.engine.seedNow === undefined ? '' : `   clock: ${new Date(engine.clock.now()).toISOString()} (--now)`),
      '  tokens:',
      ...tokens.map((t) => `    ${t.token}  ${t.username.padEnd(userWidth)} ${t.role.padEnd(roleWidth)} ${t.purpose}`),
      `  logins:   ${engine.credentials().slice(0, 6).map((c) => `${c.username}/${c.password}`).join('  ')} (${banner.login})`,
    ];
    console.log(lines.join('\n'));
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (cfg.log !== 'off') console.log(`${signal}: shutting down`);
    void close().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** Run `main`, ending the process with a one-line message on an unexpected error. */
export function run(argv?: string[]): void {
  main(argv).catch((e) => {
    console.error(`timetracker-mock: ${(e as Error).message}`);
    process.exit(1);
  });
}

if (process.argv[1] && /src\/server\/cli\.ts$/.test(process.argv[1])) run();

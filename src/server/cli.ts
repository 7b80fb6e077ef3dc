/**
 * `npm start` / `npx timetracker-mock`: the local fake backend.
 * Every flag has an environment variable; flags win.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { SPECS, type ApiId } from '../apis/index.js';
import { CLOCK_MAX, CLOCK_MIN, createClock } from '../core/clock.js';
import type { FaultRule } from '../core/faults.js';
import { THROTTLE_PROFILES } from '../core/throttle.js';
import { parseIsoTime } from '../core/time.js';
import type { Store } from '../store/timetracker/store.js';
import { createEngine, loadApi, PACKAGE_ROOT, type NodeEngineOptions } from '../node.js';
import { docsAvailable } from './docs.js';
import { createHttpServer } from './http.js';
import { createLogger, type LogFormat } from './log.js';
import { seedProgress } from './progress.js';

const MAX_SEED = 4_294_967_295;
const MAX_SIZE = 1_000_000;
const MAX_RATE = 1_000_000_000;
const MAX_LATENCY = 120_000;

const API_IDS = SPECS.map((s) => s.id);

/** The task a flag belongs to: `--help` lists flags under these headings, in this order. */
type Group = 'API' | 'Server' | 'Data' | 'Responses (Prism-style)' | 'Throttling' | 'Faults' | 'Checking';

interface Flag {
  group: Group;
  /** Commander's syntax: `-p, --port <n>`, `--strict`, `--no-cors`, `--defect <name...>`. */
  flags: string;
  help: string;
  /** The environment variable read when the flag is absent. */
  env?: string;
}

/**
 * Every flag, one row each: the row gives its place in --help; its value is
 * checked in `parseConfig` (flag and variable alike). A new flag is a row
 * here and a line there. Short forms follow Prism (`-p` port, `-h` host,
 * `-d` dynamic); `--help` has no short form, as in Prism, because `-h` is the host.
 */
const FLAGS: readonly Flag[] = [
  { group: 'API', flags: '--api <name>', env: 'MOCK_API', help: `${API_IDS.join(' | ')} (default timetracker); one API per server, start two for both` },
  { group: 'API', flags: '--profile <name>', env: 'MOCK_PROFILE', help: 'which server to imitate (README "Profiles"; default: the documented contract):' },
  { group: 'Server', flags: '-p, --port <n>', env: 'MOCK_PORT', help: 'port, 0..65535 (default 4010; 0 picks a free one)' },
  { group: 'Server', flags: '-h, --host <address>', env: 'MOCK_HOST', help: 'address to listen on (default 127.0.0.1)' },
  { group: 'Server', flags: '--log <format>', env: 'MOCK_LOG', help: 'request log on stdout: json | pretty | off (default pretty)' },
  { group: 'Server', flags: '--cors', help: 'CORS headers on the API, reflecting what the browser asks (default on)' },
  { group: 'Server', flags: '--no-cors', env: 'MOCK_CORS', help: 'no CORS headers and no preflight answers (MOCK_CORS=off does the same)' },
  { group: 'Server', flags: '--control-open', env: 'MOCK_CONTROL_OPEN', help: 'let any caller use /__mock/ (default: only this machine, with a loopback Host and Origin)' },
  { group: 'Data', flags: '--seed <n>', env: 'MOCK_SEED', help: `seed of the generated data and dynamic answers, 0..${MAX_SEED} (default 1)` },
  { group: 'Data', flags: '--scenario <name>', env: 'MOCK_SCENARIO', help: `${API_IDS.map((id) => `${id}: ${loadApi(id).scenarios.join(' | ')}`).join('; ')} (default: the API's default)` },
  { group: 'Data', flags: '--size <n>', env: 'MOCK_SIZE', help: `time entries of the large scenario, 1..${MAX_SIZE.toLocaleString('en')} (default 100,000)` },
  { group: 'Data', flags: '--single-active-timer <on|off>', env: 'MOCK_SINGLE_ACTIVE_TIMER', help: 'TimeTracker: one running timer per user (default on)' },
  { group: 'Data', flags: '--now <iso>', env: 'MOCK_NOW', help: 'start the clock (running) at this instant and seed the data around it, e.g. 2026-01-15T09:00:00Z (default: real time)' },
  { group: 'Data', flags: '--freeze', env: 'MOCK_FREEZE', help: 'keep the clock still (at --now, or at the start) until the control API moves it' },
  { group: 'Responses (Prism-style)', flags: '-d, --dynamic', env: 'MOCK_DYNAMIC', help: 'answer every request with a body generated from the response schema (seeded), not the stateful answer; Prefer: dynamic=false turns it off per request' },
  { group: 'Throttling', flags: '--throttle <profile>', env: 'MOCK_THROTTLE', help: `${THROTTLE_PROFILES.join(' | ')} (default: the API's own)` },
  { group: 'Throttling', flags: '--rate-limit-per-minute <n>', env: 'API_TOKEN_RATE_LIMIT_PER_MINUTE', help: `per token, 0 = off (default 100, at most ${MAX_RATE})` },
  { group: 'Throttling', flags: '--rate-limit-per-hour <n>', env: 'API_TOKEN_RATE_LIMIT_PER_HOUR', help: `per token, 0 = off (default 1000, at most ${MAX_RATE})` },
  { group: 'Throttling', flags: '--json-only', env: 'MOCK_JSON_ONLY', help: "reject bodies without Content-Type: application/json (CoffeeCup's rule; always on for coffeecup)" },
  { group: 'Faults', flags: '--fault-rate <r>', env: 'MOCK_FAULT_RATE', help: 'share of requests that fail, 0..1 (default 0)' },
  { group: 'Faults', flags: '--fault-status <list>', env: 'MOCK_FAULT_STATUS', help: 'statuses to fail with, 400..599 (default 500,503)' },
  { group: 'Faults', flags: '--fault-operations <list>', env: 'MOCK_FAULT_OPERATIONS', help: 'operationIds the faults and latency apply to (default all)' },
  { group: 'Faults', flags: '--latency <ms|min-max>', env: 'MOCK_LATENCY', help: `added latency on every request, at most ${MAX_LATENCY} ms` },
  { group: 'Checking', flags: '--strict', env: 'MOCK_STRICT', help: "check every response against the API's spec; a mismatch is a 500 naming it" },
  { group: 'Checking', flags: '--errors', help: "Prism's name for --strict (Prism validates requests always, as this mock does)" },
  { group: 'Checking', flags: '--defect <name>', help: 'misbehave on purpose (repeatable), to prove contract suites fail:' },
];

/** Every API's defects, for --help. */
const defectLines = (): string =>
  API_IDS.map((id) => [`${id}:`, ...Object.entries(loadApi(id).defects ?? {}).map(([d, def]) => `  ${d.padEnd(26)} ${def.targets}`)].join('\n')).join('\n');

const version = (): string => (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Every API's profiles, for --help. */
const profileLines = (): string =>
  API_IDS.flatMap((id) => {
    const def = loadApi(id);
    return Object.entries(def.profiles ?? {}).map(([p, prof]) => `  ${`${id}: ${p}${p === def.defaultProfile ? ' (default)' : ''}`.padEnd(34)} ${prof.title}`);
  }).join('\n');

/** The commander program: syntax only (flags, short forms, negation, the spec argument, help, version); values are checked after. */
function program(): Command {
  const cmd = new Command('timetracker-mock')
    .description('a stateful mock of time-tracking REST APIs (TimeTracker /api/v1, Harvest classic, TimeCamp, CoffeeCup)')
    .usage('[options] [spec]')
    .argument('[spec]', 'another spec file for the same API (same operationIds), e.g. a variant of openapi.yaml')
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined })
    .configureHelp({ sortOptions: false, helpWidth: 100 });
  for (const f of FLAGS) {
    const envText = f.env ? `  [${f.env}]` : '';
    const extra = f.flags.startsWith('--defect') ? `\n${defectLines()}` : f.flags.startsWith('--profile') ? `\n${profileLines()}` : '';
    const opt = new Option(f.flags, `${f.help}${envText}${extra}`).helpGroup(`${f.group}:`);
    if (f.flags.startsWith('--defect')) opt.argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
    cmd.addOption(opt);
  }
  cmd.version(version(), '--version', 'the version of the package');
  cmd.options.find((o) => o.long === '--version')?.helpGroup('Other:');
  cmd.addHelpOption(new Option('--help', 'this text').helpGroup('Other:'));
  cmd.addHelpText(
    'after',
    `\nEvery flag's variable is read when the flag is absent; flags win. Per request: the Prefer header
(code=, example=, dynamic=, seed=, latency=, fault=) or __code-style query parameters; the request
inspector is at /__mock/ (README "Coming from Prism").`,
  );
  return cmd;
}

export class UsageError extends Error {}

function intOption(name: string, value: string | undefined, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined || value === '') return fallback;
  const n = /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`${name} must be an integer from ${min} to ${max}, got "${value}"`);
  return n;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/** A switch given as a flag (true), or by its variable: 1/true/on or 0/false/off (anything else is refused). */
function switchOption(name: string, flag: boolean | undefined, envName: string, env: NodeJS.ProcessEnv, fallback = false): boolean {
  if (flag !== undefined) return flag;
  const v = env[envName]?.trim().toLowerCase();
  if (v === undefined || v === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(v)) return true;
  if (['0', 'false', 'off', 'no'].includes(v)) return false;
  throw new UsageError(`${envName} (for ${name}) must be 1/true/on or 0/false/off, got "${env[envName]}"`);
}

/** `--now`: an ISO 8601 datetime (naive = UTC, as everywhere in the mock), or undefined for real time. */
function startInstant(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const at = /^\d{4}-\d{2}-\d{2}T/.test(value.trim()) ? parseIsoTime(value) : null;
  if (at === null || at < CLOCK_MIN || at > CLOCK_MAX) throw new UsageError(`--now must be an ISO 8601 datetime such as 2026-11-16T09:00:00Z, got "${value}"`);
  return at;
}

/** The spec argument: a readable file (checked here, so a typo is one line, not a stack trace). */
function specFile(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const path = isAbsolute(value) ? value : join(process.cwd(), value);
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`spec file "${value}" does not exist`);
  return path;
}

export interface CliConfig {
  port: number;
  host: string;
  log: LogFormat;
  /** The control API answers any caller, not only loopback ones. */
  controlOpen: boolean;
  engine: NodeEngineOptions<ApiId>;
}

/** Where the clock reads real time (tests start "processes" on other days with another `realNow`). */
export interface CliEnvironment {
  realNow?: () => number;
}

/** Flags + environment -> configuration. Throws UsageError with a one-line reason. */
export function parseConfig(argv: string[], env: NodeJS.ProcessEnv, environment: CliEnvironment = {}): CliConfig | 'help' | 'version' {
  const cmd = program();
  try {
    cmd.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help') return 'help';
      if (e.code === 'commander.version') return 'version';
      throw new UsageError(e.message.replace(/^error: /, '').split('\n')[0]);
    }
    throw e;
  }
  const values = cmd.opts<Record<string, string | boolean | string[] | undefined>>();
  const v = (flag: string, envName: string) => (values[flag] as string | undefined) ?? env[envName];
  const faults: FaultRule[] = [];
  const rate = v('faultRate', 'MOCK_FAULT_RATE');
  const operations = v('faultOperations', 'MOCK_FAULT_OPERATIONS')?.split(',').map((s) => s.trim()).filter(Boolean);
  if (rate !== undefined && rate !== '') {
    const r = /^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(rate) ? Number(rate) : NaN;
    if (!(r >= 0 && r <= 1)) throw new UsageError(`--fault-rate must be a number from 0 to 1, got "${rate}"`);
    const list = v('faultStatus', 'MOCK_FAULT_STATUS') ?? '500,503';
    const statuses = list.split(',').map((s) => (/^\s*\d{3}\s*$/.test(s) ? Number(s) : NaN));
    if (!statuses.every((s) => s >= 400 && s <= 599)) throw new UsageError(`--fault-status must list HTTP error statuses (400..599), e.g. 500,503, got "${list}"`);
    if (r > 0) faults.push({ kind: 'status', rate: r, statuses, ...(operations ? { operations } : {}) });
  }
  const latency = v('latency', 'MOCK_LATENCY');
  if (latency !== undefined && latency !== '') {
    const m = /^(\d{1,9})(?:-(\d{1,9}))?$/.exec(latency.trim());
    const [min, max] = m ? [Number(m[1]), Number(m[2] ?? m[1])] : [NaN, NaN];
    if (!(min <= max && max <= MAX_LATENCY)) throw new UsageError(`--latency must be MS or MIN-MAX in milliseconds, at most ${MAX_LATENCY}, got "${latency}"`);
    faults.push({ kind: 'latency', latencyMs: m![2] === undefined ? min : { min, max }, ...(operations ? { operations } : {}) });
  }
  const api = oneOf('--api', v('api', 'MOCK_API'), API_IDS, 'timetracker');
  const def = loadApi(api);
  const defectNames = Object.keys(def.defects ?? {});
  const defects = ((values.defect as string[] | undefined) ?? []).map((d) => oneOf(`--defect (${api})`, d, defectNames, defectNames[0]));
  const profileNames = Object.keys(def.profiles ?? {});
  const profile = v('profile', 'MOCK_PROFILE');
  if (profile !== undefined && profile !== '' && profileNames.length === 0) throw new UsageError(`--profile: ${api} has no profiles`);
  const sat = v('singleActiveTimer', 'MOCK_SINGLE_ACTIVE_TIMER');
  if (sat !== undefined && sat !== '' && api !== 'timetracker') throw new UsageError(`--single-active-timer is a TimeTracker setting (${def.title} has its own timer rules)`);
  const throttle = v('throttle', 'MOCK_THROTTLE');
  const host = v('host', 'MOCK_HOST') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(host)) throw new UsageError(`--host must be an address or host name, got "${host}"`);
  const nowAt = startInstant(v('now', 'MOCK_NOW'));
  const freeze = switchOption('--freeze', values.freeze as boolean | undefined, 'MOCK_FREEZE', env);
  const spec = specFile(cmd.args[0]);
  return {
    port: intOption('--port', v('port', 'MOCK_PORT'), 4010, 0, 65535),
    host,
    log: oneOf('--log', v('log', 'MOCK_LOG'), ['json', 'pretty', 'off'] as const, 'pretty'),
    controlOpen: switchOption('--control-open', values.controlOpen as boolean | undefined, 'MOCK_CONTROL_OPEN', env),
    engine: {
      api,
      seed: intOption('--seed', v('seed', 'MOCK_SEED'), 1, 0, MAX_SEED),
      scenario: oneOf(`--scenario (${api})`, v('scenario', 'MOCK_SCENARIO'), def.scenarios, def.defaultScenario),
      size: intOption('--size', v('size', 'MOCK_SIZE'), 100_000, 1, MAX_SIZE),
      throttle: throttle === undefined || throttle === '' ? def.throttle : oneOf('--throttle', throttle, THROTTLE_PROFILES, 'timetracker'),
      rateLimitPerMinute: intOption('--rate-limit-per-minute', v('rateLimitPerMinute', 'API_TOKEN_RATE_LIMIT_PER_MINUTE'), 100, 0, MAX_RATE),
      rateLimitPerHour: intOption('--rate-limit-per-hour', v('rateLimitPerHour', 'API_TOKEN_RATE_LIMIT_PER_HOUR'), 1000, 0, MAX_RATE),
      jsonOnly: switchOption('--json-only', values.jsonOnly as boolean | undefined, 'MOCK_JSON_ONLY', env),
      strict: switchOption('--strict', (values.strict as boolean | undefined) ?? (values.errors as boolean | undefined), 'MOCK_STRICT', env),
      dynamic: switchOption('--dynamic', values.dynamic as boolean | undefined, 'MOCK_DYNAMIC', env),
      cors: switchOption('--cors', values.cors as boolean | undefined, 'MOCK_CORS', env, true),
      faults: { rules: faults },
      defects,
      ...(profile === undefined || profile === '' ? {} : { profile: oneOf(`--profile (${api})`, profile, profileNames, profileNames[0]) }),
      customize: singleActiveTimer(sat === undefined ? undefined : oneOf('--single-active-timer', sat, ['on', 'off'] as const, 'on') === 'on'),
      ...(spec === undefined ? {} : { spec }),
      ...clockOptions(nowAt, freeze, environment.realNow),
    },
  };
}

/**
 * The clock of a run: real time, or started at `--now` and running on from
 * there (not frozen, so timers and windows behave as on any other day), or
 * held still with `--freeze`. The data is seeded around the start instant.
 */
function clockOptions(nowAt: number | undefined, freeze: boolean, realNow?: () => number): Pick<NodeEngineOptions, 'clock' | 'seedNow'> {
  if (nowAt === undefined && !freeze) return realNow ? { clock: createClock({ realNow }) } : {};
  const clock = createClock(realNow ? { realNow } : {});
  const at = nowAt ?? clock.now();
  if (freeze) clock.freeze(at);
  else clock.set(at);
  return { clock, seedNow: at };
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
  const usage = (message: string): never => {
    console.error(`timetracker-mock: ${message}\nRun with --help to see every option.`);
    process.exit(2);
  };
  let config: CliConfig | 'help' | 'version';
  try {
    config = parseConfig(argv, process.env);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  if (config === 'help') {
    process.stdout.write(program().helpInformation());
    return;
  }
  if (config === 'version') {
    process.stdout.write(`${version()}\n`);
    return;
  }
  const cfg = config;
  const started = performance.now();
  // Seeding a large store (at start and on every POST /__mock/reset) takes seconds: show it.
  if (cfg.engine.scenario === 'large') {
    cfg.engine.onSeedProgress = seedProgress(process.stdout, `seeding the large scenario (${(cfg.engine.size ?? 0).toLocaleString('en')} time entries)`);
  }
  let engine: ReturnType<typeof createEngine>;
  try {
    engine = createEngine(cfg.engine);
  } catch (e) {
    // A spec file that is not YAML, or not a variant of this API (an operation without a handler).
    if (cfg.engine.spec !== undefined) return usage(`spec file "${cfg.engine.spec}" cannot serve as the ${loadApi(cfg.engine.api).title} spec: ${(e as Error).message.split('\n')[0]}`);
    throw e;
  }
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
      `  scenario: ${engine.scenario}   seed: ${engine.seed}   throttle: ${engine.throttle.options.profile}   profile: ${engine.profile.name}` +
        (config.engine.defects?.length ? `   DEFECTS: ${config.engine.defects.join(', ')}` : '') +
        (config.engine.seedNow === undefined ? '' : `   clock: ${new Date(engine.clock.now()).toISOString()} (${engine.clock.frozen ? 'frozen' : '--now'})`) +
        (config.engine.spec === undefined ? '' : `   spec: ${config.engine.spec}`) +
        (config.engine.dynamic ? '   dynamic answers' : '') +
        (config.engine.cors === false ? '   no CORS' : ''),
      '  tokens:',
      ...tokens.map((t) => `    ${t.token}  ${t.username.padEnd(userWidth)} ${t.role.padEnd(roleWidth)} ${t.purpose}`),
      `  logins:   ${[...engine.credentials().slice(0, 6).map((c) => `${c.username}/${c.password}`), `(${banner.login})`].join('  ')}`,
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

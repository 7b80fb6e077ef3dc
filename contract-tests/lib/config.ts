/**
 * Configuration of a contract run, from command-line flags or environment
 * variables. One table (`FLAGS`) describes every flag: the runner parses
 * argv with it and hands the result to the suites through the environment
 * (`toEnv`), and the suites read it back with `configFromEnv`. So a suite can
 * also be run directly with `CONTRACT_BASE_URL=... CONTRACT_TOKEN=... npx
 * vitest run --config contract-tests/vitest.config.ts`.
 */
import { specPath } from '../../src/spec-files.js';
import { parseInstant } from './clock.js';
import { isLoopbackUrl } from './loopback.js';

/**
 * The APIs the kit checks (`--api`): each one's spec, how its callers
 * prove who they are (`token`: --token; `basic`: HTTP Basic; `oauth`:
 * --token, or a token from the password grant with --username/--password),
 * whether its throttle answers 503 + Retry-After (waited out like a 429),
 * and the parameters every call of an operation carries (`query`: TimeCamp
 * answers XML unless asked for `format=json`). Their cases and flows are in
 * contract-tests/apis.ts.
 */
export const CONTRACT_APIS = {
  timetracker: { spec: 'openapi.yaml', auth: 'token', throttle503: false },
  'harvest-classic': { spec: 'specs/harvest-classic.yaml', auth: 'basic', throttle503: true },
  timecamp: { spec: 'specs/timecamp.yaml', auth: 'token', throttle503: false, query: { format: 'json' } },
  coffeecup: { spec: 'specs/coffeecup.yaml', auth: 'oauth', throttle503: true },
} as const;
export type ContractApiId = keyof typeof CONTRACT_APIS;

/** HTTP Basic credentials (Harvest: an email and a password). */
export interface BasicCredential {
  username: string;
  password: string;
}

export type FlagKind = 'string' | 'boolean' | 'number';

export interface FlagDef {
  /** Long name without the dashes. */
  name: string;
  aliases?: string[];
  kind: FlagKind;
  /** Environment variable carrying the same setting (suite-visible flags only). */
  env?: string;
  valueName?: string;
  help: string;
  /** Only the runner reads it (not passed to the suites). */
  runnerOnly?: boolean;
}

export const FLAGS: FlagDef[] = [
  { name: 'api', kind: 'string', env: 'CONTRACT_API', valueName: 'NAME', help: `Which API the target implements: ${Object.keys(CONTRACT_APIS).join(' | ')} (default timetracker). Picks the spec, the cases and the flows; harvest-classic authenticates with --username/--password (HTTP Basic), coffeecup with --token or a password grant for --username/--password.` },
  { name: 'base-url', kind: 'string', env: 'CONTRACT_BASE_URL', valueName: 'URL', help: 'Origin of the target, e.g. http://127.0.0.1:4010 (the spec paths, /api/v1/..., are appended). Required.' },
  { name: 'token', kind: 'string', env: 'CONTRACT_TOKEN', valueName: 'T', help: 'A token with every scope (admin:all) of an administrator. Required (token APIs: timetracker).' },
  { name: 'narrow-token', aliases: ['readonly-token'], kind: 'string', env: 'CONTRACT_READONLY_TOKEN', valueName: 'T', help: 'A valid token lacking the write scopes (a read-only token). Enables the missing_scope checks; without it they are skipped.' },
  { name: 'narrow-scopes', kind: 'string', env: 'CONTRACT_NARROW_SCOPES', valueName: 'LIST', help: 'Comma-separated scopes the narrow token has. When given, read operations whose scope it lacks are checked too; otherwise only operations needing a write scope or admin:all are.' },
  { name: 'user-token', kind: 'string', env: 'CONTRACT_USER_TOKEN', valueName: 'T', help: "A regular (non-admin) user's token. Enables the missing_role checks of admin-only routes." },
  { name: 'allow-writes', kind: 'boolean', env: 'CONTRACT_ALLOW_WRITES', help: 'Allow creating/changing/deleting data on a target that is not loopback (127.0.0.0/8, ::1, localhost). Without it such targets get the read-only run.' },
  { name: 'read-only', kind: 'boolean', env: 'CONTRACT_READ_ONLY', help: 'Send only GET requests (safe operations), even to a loopback target.' },
  { name: 'include-mock-only', kind: 'boolean', env: 'CONTRACT_INCLUDE_MOCK_ONLY', help: 'Also check operations marked x-mock-only (they exist only in the mock; skipped by default).' },
  { name: 'only', kind: 'string', env: 'CONTRACT_ONLY', valueName: 'IDS', help: 'Comma-separated operationIds (or flow:<name>) to check; everything else is skipped.' },
  { name: 'skip', kind: 'string', env: 'CONTRACT_SKIP', valueName: 'IDS', help: 'Comma-separated operationIds (or flow:<name>) to skip.' },
  { name: 'spec', kind: 'string', env: 'CONTRACT_SPEC', valueName: 'FILE', help: 'The OpenAPI 3.0 document (default: openapi.yaml at the repository root).' },
  {
    name: 'entry-date',
    kind: 'string',
    env: 'CONTRACT_ENTRY_DATE',
    valueName: 'YYYY-MM-DD',
    help: "Day on which the run books its time entries, only into time the token's user has free that day (its entries are read first). Default: the latest day before today with room for a run. A day without room stops the run before any write (exit 2).",
  },
  {
    name: 'now',
    kind: 'string',
    env: 'CONTRACT_NOW',
    valueName: 'ISO',
    help: "The run's \"now\" (ISO 8601 datetime, naive = UTC): its clock starts there and runs on. It decides today and yesterday, where a timer's time must be free, and rate-limit resets. Default: the system clock. Pin it together with a mock started with the same --now.",
  },
  {
    name: 'strict',
    kind: 'boolean',
    env: 'CONTRACT_STRICT',
    help: 'Fail on warnings too: a check whose expectation this spec adds (specified) or models on the real server (observed) fails instead of being reported as a warning. Deviations from the documentation fail either way.',
  },
  {
    name: 'username',
    kind: 'string',
    env: 'CONTRACT_USERNAME',
    valueName: 'NAME',
    help: "timetracker: a user's login for the valid POST /auth/login check (which issues a new token) and the web login (GET/POST /login) that gives the session the session routes need (/api/search, /api/stats/*, /api/reports/*: they take no API token); those checks do not run without it. harvest-classic: the administrator's email (HTTP Basic), required. coffeecup: the administrator's email, for a token from the password grant (unless --token).",
  },
  { name: 'password', kind: 'string', env: 'CONTRACT_PASSWORD', valueName: 'PW', help: 'The password of --username.' },
  { name: 'user-username', kind: 'string', env: 'CONTRACT_USER_USERNAME', valueName: 'NAME', help: "harvest-classic, coffeecup: a regular (non-admin, non-manager) user's email. Enables the missing_role checks." },
  { name: 'user-password', kind: 'string', env: 'CONTRACT_USER_PASSWORD', valueName: 'PW', help: 'The password of --user-username.' },
  { name: 'client-id', kind: 'string', env: 'CONTRACT_CLIENT_ID', valueName: 'ID', help: "coffeecup: the OAuth client of the password grant (default mock-client, the mock's)." },
  { name: 'client-secret', kind: 'string', env: 'CONTRACT_CLIENT_SECRET', valueName: 'SECRET', help: "coffeecup: that client's secret (default mock-secret, the mock's)." },
  { name: 'timeout', kind: 'number', env: 'CONTRACT_TIMEOUT_MS', valueName: 'MS', help: 'Timeout of one HTTP request (default 15000).' },
  { name: 'max-rate-wait', kind: 'number', env: 'CONTRACT_MAX_RATE_WAIT', valueName: 'S', help: 'On 429, wait up to this many seconds (Retry-After) and retry (default 65; 0 = never retry).' },
  { name: 'junit', kind: 'string', runnerOnly: true, valueName: 'FILE', help: 'Write the results as JUnit XML to FILE.' },
  { name: 'json', kind: 'string', runnerOnly: true, valueName: 'FILE', help: 'Write the results as JSON to FILE.' },
  { name: 'no-dredd', kind: 'boolean', runnerOnly: true, help: 'Do not run Dredd (the second runner).' },
  { name: 'no-suites', kind: 'boolean', runnerOnly: true, help: 'Run only Dredd, not the vitest suites.' },
  { name: 'proxy', kind: 'boolean', runnerOnly: true, help: "Proxy mode: start Prism's validation proxy in front of --base-url (prism proxy openapi.yaml URL --errors) and keep it running, so a client app's own traffic is checked against the spec. Runs no suites." },
  { name: 'proxy-port', kind: 'number', runnerOnly: true, valueName: 'PORT', help: 'Port of the proxy (default 4011, on 127.0.0.1).' },
  { name: 'verbose', aliases: ['v'], kind: 'boolean', runnerOnly: true, help: "Also print every check (not only one line per operation) and Dredd's own output." },
  { name: 'help', aliases: ['h'], kind: 'boolean', runnerOnly: true, help: 'Print this help and exit.' },
];

export class UsageError extends Error {}

export type FlagValues = Record<string, string | boolean | number>;

/** Parse `--name value`, `--name=value` and boolean `--name`. Throws UsageError on anything else. */
export function parseFlags(argv: readonly string[]): FlagValues {
  const out: FlagValues = {};
  const byName = new Map<string, FlagDef>();
  for (const f of FLAGS) {
    byName.set(f.name, f);
    for (const a of f.aliases ?? []) byName.set(a, f);
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/s.exec(arg);
    if (!m) throw new UsageError(`unexpected argument "${arg}" (flags start with --; see --help)`);
    const def = byName.get(m[1]);
    if (!def) throw new UsageError(`unknown flag "--${m[1]}" (see --help)`);
    if (def.kind === 'boolean') {
      if (m[2] !== undefined) {
        const v = parseBool(m[2]);
        if (v === undefined) throw new UsageError(`--${def.name} takes no value or true/false, got "${m[2]}"`);
        out[def.name] = v;
      } else out[def.name] = true;
      continue;
    }
    let value = m[2];
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`--${def.name} needs a value (${def.valueName ?? 'VALUE'})`);
      value = next;
      i++;
    }
    if (def.kind === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${def.name} needs a non-negative number, got "${value}"`);
      out[def.name] = n;
    } else out[def.name] = value;
  }
  return out;
}

function parseBool(v: string): boolean | undefined {
  const s = v.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(s)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(s)) return false;
  return undefined;
}

/** Flag values merged over environment variables (flags win). */
export function withEnv(flags: FlagValues, env: NodeJS.ProcessEnv = process.env): FlagValues {
  const out: FlagValues = {};
  for (const f of FLAGS) {
    if (!f.env) continue;
    const raw = env[f.env];
    if (raw === undefined || raw === '') continue;
    if (f.kind === 'boolean') {
      const b = parseBool(raw);
      if (b === undefined) throw new UsageError(`${f.env} must be true/false/1/0, got "${raw}"`);
      out[f.name] = b;
    } else if (f.kind === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n) || n < 0) throw new UsageError(`${f.env} must be a non-negative number, got "${raw}"`);
      out[f.name] = n;
    } else out[f.name] = raw;
  }
  return { ...out, ...flags };
}

/** The suite-visible settings as environment variables (for the vitest workers and Dredd's hooks). */
export function toEnv(values: FlagValues): Record<string, string> {
  const env: Record<string, string> = {};
  for (const f of FLAGS) {
    if (!f.env || f.runnerOnly) continue;
    const v = values[f.name];
    if (v === undefined) continue;
    env[f.env] = String(v);
  }
  return env;
}

export interface ContractConfig {
  api: ContractApiId;
  baseUrl: string;
  /** The administrator's token ('' on Basic APIs, which use `basic`). */
  token: string;
  /** Basic APIs: the administrator's and (optionally) a regular user's credentials. */
  basic?: { admin: BasicCredential; user?: BasicCredential };
  /** OAuth APIs: the client and the logins the tokens come from (when not given as --token / --user-token). */
  oauth?: { clientId: string; clientSecret: string; admin?: BasicCredential; user?: BasicCredential };
  narrowToken?: string;
  /** Scopes of the narrow token, when known. */
  narrowScopes?: string[];
  userToken?: string;
  /** The target is loopback. */
  loopback: boolean;
  /** Writes (any non-GET request) may be sent. */
  writes: boolean;
  /** Why writes are off (for skip reasons). */
  readOnlyReason: string;
  includeMockOnly: boolean;
  only: string[];
  skip: string[];
  specPath: string;
  /** `--entry-date`, when given (otherwise the room finds a day, lib/room.ts). */
  entryDate?: string;
  /** `--now` as epoch ms, when given. */
  now?: number;
  username?: string;
  password?: string;
  /** Warnings (specified and observed expectations) fail too. */
  strict: boolean;
  timeoutMs: number;
  maxRateWaitS: number;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const list = (v: unknown): string[] =>
  typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : [];

/** Build and check the configuration. Throws UsageError with a readable message. */
export function buildConfig(values: FlagValues, defaultSpec: string): ContractConfig {
  let baseUrl = str(values['base-url']);
  const apiName = str(values.api) ?? 'timetracker';
  if (!Object.hasOwn(CONTRACT_APIS, apiName)) throw new UsageError(`--api must be one of ${Object.keys(CONTRACT_APIS).join(', ')}, got "${apiName}"`);
  const api = apiName as ContractApiId;
  const basicAuth = CONTRACT_APIS[api].auth === 'basic';
  const oauthAuth = CONTRACT_APIS[api].auth === 'oauth';
  // An OAuth API's token may come from the password grant instead (lib/oauth.ts, before the suites run).
  const token = str(values.token) ?? (basicAuth || (oauthAuth && str(values.username) !== undefined) ? '' : undefined);
  if (!baseUrl) throw new UsageError('--base-url is required (or set CONTRACT_BASE_URL)');
  if (token === undefined) throw new UsageError(oauthAuth ? `--token, or --username and --password (the password grant), are required for --api ${api}` : '--token is required (or set CONTRACT_TOKEN): a token with every scope');
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new UsageError(`--base-url "${baseUrl}" is not a URL (expected e.g. http://127.0.0.1:4010)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--base-url must be http(s), got ${url.protocol}`);
  if (url.search || url.hash) throw new UsageError('--base-url must not carry a query or fragment');
  baseUrl = url.origin + url.pathname.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  const entryDate = str(values['entry-date']);
  if (entryDate !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(entryDate) || Number.isNaN(Date.parse(`${entryDate}T00:00:00Z`)))) {
    throw new UsageError(`--entry-date must be YYYY-MM-DD, got "${entryDate}"`);
  }
  const nowText = str(values.now);
  const now = nowText === undefined ? undefined : parseInstant(nowText);
  if (nowText !== undefined && now === undefined) throw new UsageError(`--now must be an ISO 8601 datetime such as 2026-11-16T09:00:00Z, got "${nowText}"`);
  const loopback = isLoopbackUrl(baseUrl);
  const readOnly = values['read-only'] === true;
  const allowWrites = values['allow-writes'] === true;
  const writes = !readOnly && (loopback || allowWrites);
  const readOnlyReason = readOnly
    ? 'read-only mode (--read-only): only GET requests are sent'
    : `read-only mode: ${url.host} is not loopback; pass --allow-writes to let the suites create, change and delete data there`;
  const narrowScopes = values['narrow-scopes'] !== undefined ? list(values['narrow-scopes']) : undefined;
  const username = str(values.username);
  const password = typeof values.password === 'string' ? values.password : undefined;
  if ((username === undefined) !== (password === undefined)) throw new UsageError('--username and --password go together');
  const userUsername = str(values['user-username']);
  const userPassword = typeof values['user-password'] === 'string' ? values['user-password'] : undefined;
  if ((userUsername === undefined) !== (userPassword === undefined)) throw new UsageError('--user-username and --user-password go together');
  if (basicAuth && (username === undefined || password === undefined)) throw new UsageError(`--username and --password are required for --api ${api}: an administrator's credentials (HTTP Basic)`);
  const basic = basicAuth
    ? { admin: { username: username!, password: password! }, ...(userUsername === undefined ? {} : { user: { username: userUsername, password: userPassword! } }) }
    : undefined;
  const oauth = oauthAuth
    ? {
        clientId: str(values['client-id']) ?? 'mock-client',
        clientSecret: typeof values['client-secret'] === 'string' ? values['client-secret'] : 'mock-secret',
        ...(username === undefined ? {} : { admin: { username, password: password! } }),
        ...(userUsername === undefined ? {} : { user: { username: userUsername, password: userPassword! } }),
      }
    : undefined;
  return {
    api,
    ...(basic ? { basic } : {}),
    ...(oauth ? { oauth } : {}),
    baseUrl,
    token,
    narrowToken: str(values['narrow-token']),
    narrowScopes,
    userToken: str(values['user-token']),
    loopback,
    writes,
    readOnlyReason,
    includeMockOnly: values['include-mock-only'] === true,
    only: list(values.only),
    skip: list(values.skip),
    specPath: str(values.spec) ?? (api === 'timetracker' ? defaultSpec : specPath(api)),
    entryDate,
    now,
    username,
    password,
    strict: values.strict === true,
    timeoutMs: typeof values.timeout === 'number' ? values.timeout : 15_000,
    maxRateWaitS: typeof values['max-rate-wait'] === 'number' ? values['max-rate-wait'] : 65,
  };
}

/** The configuration as the suites see it (environment only). */
export function configFromEnv(defaultSpec: string, env: NodeJS.ProcessEnv = process.env): ContractConfig {
  return buildConfig(withEnv({}, env), defaultSpec);
}

/** `--help` text, generated from FLAGS so it documents every flag. */
export function helpText(): string {
  const lines = [
    'Usage: npx timetracker-contract --base-url URL [flags]   (token in CONTRACT_TOKEN, or --token T)',
    '       npx timetracker-contract --api harvest-classic --base-url URL --username EMAIL --password PW [flags]',
    '       npx timetracker-contract --api coffeecup --base-url URL --username EMAIL --password PW [flags]   (or --token)',
    '       (in this repository: npm run contract -- ...)',
    '',
    'Runs the contract suites (vitest) and Dredd against any TimeTracker /api/v1 server',
    '(or, with --api harvest-classic, timecamp or coffeecup, the suites against a server of that API)',
    'and prints one line per operation and flow: pass, a DEVIATION from the API',
    "documentation, a warning (this spec's stricter or observed expectation), hollow",
    '(none of its valid-request checks ran), could not run, or skipped, each with the',
    'first difference or the reason. Exit code: 0 no deviation, 1 a deviation or a',
    'check that could not run (with --strict: a warning too), 2 bad usage.',
    '',
    'Flags (environment variable in brackets):',
  ];
  for (const f of FLAGS) {
    const names = [f.name, ...(f.aliases ?? [])].map((n) => (n.length === 1 ? `-${n}` : `--${n}`)).join(', ');
    const head = `  ${names}${f.valueName ? ` ${f.valueName}` : ''}${f.env ? `  [${f.env}]` : ''}`;
    lines.push(head);
    lines.push(...wrap(f.help, 72).map((l) => `      ${l}`));
  }
  lines.push(
    '',
    'Safety: writes go only to loopback targets unless --allow-writes is given;',
    'everything the suites create is named "contract <run id> ..." and removed',
    'afterwards (projects can only be archived; see contract-tests/README.md).',
    "Time entries and timers go only into time the token's user has free (its",
    'entries are read first); an entry day without room exits 2 before any write.',
    '',
    'Examples:',
    '  CONTRACT_TOKEN=tt_... npx timetracker-contract --base-url http://127.0.0.1:4010 --junit reports/contract.xml',
    '  CONTRACT_TOKEN=tt_... npx timetracker-contract --base-url https://tt.example.com --read-only',
    '  npx timetracker-contract --api harvest-classic --base-url http://127.0.0.1:4010 --username admin@example.com --password admin',
    '  CONTRACT_TOKEN=<api token> npx timetracker-contract --api timecamp --base-url http://127.0.0.1:4010 [--user-token <a regular user\'s token>]',
    '  npx timetracker-contract --api coffeecup --base-url http://127.0.0.1:4010 --username admin@example.com --password admin',
    '  npx timetracker-contract --proxy --base-url https://tt.example.com   # then point your app at http://127.0.0.1:4011',
    '(a token in the environment never appears in a CI log that echoes the command line)',
  );
  return lines.join('\n');
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

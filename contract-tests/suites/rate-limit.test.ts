/**
 * The documented per-token rate limit, as two checks of `flow:rate-limit`:
 *
 * - `rate_limit_headers`: "Rate limit information is included in response
 *   headers" (`X-RateLimit-Limit/Remaining/Reset`): a server that answers a
 *   429 without ever sending them deviates; one that sends them must count
 *   `Remaining` down to the 429.
 * - `sliding_window`: "counted per API token using sliding minute and hour
 *   windows". After the burst filled the minute, a request just after the
 *   next clock minute begins must still be refused (every request of the
 *   burst is within the last 60 seconds); a server that answers it counts
 *   fixed clock-minute buckets. (It waits for that minute: up to 60 s.)
 *
 * The burst needs a limit it can reach: the documented default (100 a
 * minute) or what the server reports, at most 150; a higher one (a test
 * mock with its limits lifted) and a server that neither reports a limit nor
 * refuses within 110 requests leave the checks not run, with that reason.
 * It spends the budget of the narrow token when given (no other check counts
 * against it: scope refusals are not counted), else the user's, else the
 * admin's, and waits out the window afterwards. Times are the run's clock
 * (`--now`: pin it to the server's).
 */
import { afterAll, describe } from 'vitest';
import { CheckFailure, SkipCheck } from '../lib/checks.js';
import { now } from '../lib/clock.js';
import { Ctx } from '../lib/context.js';
import { authorizationOf, type AuthMode } from '../lib/http.js';
import { headerGetter } from '../lib/pacing.js';
import { problem } from '../lib/provenance.js';
import { selectionSkip } from '../lib/select.js';
import { check, loadTarget, reportWarnings } from './harness.js';

const { config, spec } = await loadTarget();
const root = Ctx.create(config, spec);
const ID = 'flow:rate-limit';

/** The documented default, and how far above it the burst goes before it gives up. */
const DOCUMENTED_PER_MINUTE = 100;
const MAX_BURST_LIMIT = 150;
const SLACK = 10;

interface Sample {
  status: number;
  at: number;
  limit?: number;
  remaining?: number;
  reset?: number;
  retryAfter?: number;
}

interface Burst {
  token: AuthMode;
  samples: Sample[];
  /** The 429, if one came. */
  refused?: Sample;
  /** The request after the next clock minute began (after those the window had room for). */
  after?: Sample;
  /** Why the burst could not tell. */
  skip?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const num = (v: string | undefined) => (v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

let burst: Promise<Burst> | undefined;

/** One GET of a cheap list with `token`, not retried, not paced. */
async function probe(token: AuthMode): Promise<Sample> {
  const op = spec.byId.get('listProjects');
  if (!op) throw new SkipCheck('the spec has no listProjects to spend the budget on');
  const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': 'timetracker-contract-tests (rate limit)' };
  const t = root.http.tokenFor(token);
  if (t) headers.Authorization = authorizationOf(t);
  const res = await fetch(`${root.http.baseUrl}${op.path}?per_page=1`, { headers, redirect: 'manual', signal: AbortSignal.timeout(config.timeoutMs) });
  await res.arrayBuffer();
  const get = headerGetter(Object.fromEntries([...res.headers].map(([k, v]) => [k.toLowerCase(), v])));
  return { status: res.status, at: now(), limit: num(get('x-ratelimit-limit')), remaining: num(get('x-ratelimit-remaining')), reset: num(get('x-ratelimit-reset')), retryAfter: num(get('retry-after')) };
}

/** Fill the minute window, then ask again just after the next clock minute begins. */
async function runBurst(): Promise<Burst> {
  const candidates: AuthMode[] = [...(config.narrowToken ? (['narrow'] as const) : []), ...(config.userToken ? (['user'] as const) : []), 'admin'];
  let token: AuthMode | undefined;
  let first: Sample | undefined;
  for (const t of candidates) {
    const s = await probe(t);
    if (s.status === 200) {
      token = t;
      first = s;
      break;
    }
  }
  if (!token || !first) throw new CheckFailure('rate_limit_headers', [problem('no token could list projects (GET /api/v1/projects answered no 200), so the limit cannot be reached', 'documented')]);
  const limit = first.limit && first.limit > 0 ? first.limit : DOCUMENTED_PER_MINUTE;
  if (limit > MAX_BURST_LIMIT) return { token, samples: [first], skip: `the target reports a limit of ${limit} a minute (X-RateLimit-Limit), above the documented ${DOCUMENTED_PER_MINUTE}: not exhausted here` };
  // The burst runs within one clock minute (between :02 and :40, so a slow one still ends before the minute turns),
  // and the probe after the minute turns comes before its first request is 60 s old.
  const into = now() % 60_000;
  if (into > 40_000) await sleep(62_500 - into);
  else if (into < 2_000) await sleep(2_500 - into);
  const samples: Sample[] = [];
  let refused: Sample | undefined;
  for (let i = 0; i < limit + SLACK; i++) {
    const s = await probe(token);
    samples.push(s);
    if (s.status === 429) {
      refused = s;
      break;
    }
  }
  if (!refused) {
    return { token, samples, skip: `no 429 within ${samples.length} requests${samples.some((s) => s.limit !== undefined) ? '' : ' and no X-RateLimit-* headers'}: no limit in force, or one above the documented ${DOCUMENTED_PER_MINUTE} a minute` };
  }
  const startedAt = samples[0].at;
  const nextMinute = (Math.floor(refused.at / 60_000) + 1) * 60_000;
  // Sliding: the burst's first request leaves the window at startedAt + 60 s, after the probe. Fixed: the bucket is new.
  let probeAt = Math.min(nextMinute + 2_000, startedAt + 59_000);
  if (probeAt <= nextMinute + 200) return { token, samples, refused, skip: `the burst took ${Math.round((refused.at - startedAt) / 1000)} s, across a clock minute: the window kind cannot be told` };
  // The token's first request (sent before the wait for the minute's start) counted too: keep it clear of the window's edge at the probe.
  if (Math.abs(first.at + 60_000 - probeAt) < 1_000 && first.at + 61_000 <= startedAt + 59_000) probeAt = first.at + 61_000;
  await sleep(probeAt - now());
  // A sliding window still holds every answered request of the last 60 s: as many more as it has room for pass, the one after
  // is refused. (The first request may have left it by now; a fixed window would pass them all, its bucket is new.)
  const held = [first, ...samples].filter((s) => s.status !== 429 && s.at > probeAt - 60_000).length;
  let after = await probe(token);
  for (let room = Math.max(0, limit - held); room > 0 && after.status === 200; room--) after = await probe(token);
  // Leave the budget as found: wait out the window before another check uses the token (the narrow one only gets scope refusals, never counted).
  const wait = (after.status === 429 && token !== 'narrow' ? (after.retryAfter ?? 60) : 0) * 1000;
  if (wait > 0 && wait <= config.maxRateWaitS * 1000) {
    root.http.pacer.waitedMs += wait;
    await sleep(wait);
  }
  return { token, samples, refused, after };
}

const getBurst = () => (burst ??= runBurst());

describe.sequential(ID, () => {
  // TimeTracker's documented per-token limit; other APIs throttle their own way (Harvest: 503s per account, its own suite).
  const gate = selectionSkip(config, ID) ?? (config.api === 'timetracker' ? undefined : `the rate-limit flow checks TimeTracker's documented per-token limit, not ${config.api}'s`);

  check(root, ID, 'rate_limit_headers', gate, async () => {
    const b = await getBurst();
    const sent = b.samples.filter((s) => s.limit !== undefined || s.remaining !== undefined || s.reset !== undefined);
    if (b.refused && sent.length === 0) {
      throw new CheckFailure('rate_limit_headers', [problem(`a 429 came after ${b.samples.length} requests, and no answer carried X-RateLimit-Limit, -Remaining or -Reset (documented on every response)`, 'documented')]);
    }
    if (b.skip && !b.refused) throw new SkipCheck(b.skip);
    const found = [];
    for (const [i, s] of b.samples.entries()) {
      if (s.status === 429) break;
      const prev = b.samples[i - 1];
      if (s.limit === undefined || s.remaining === undefined || s.reset === undefined) found.push(problem(`answer ${i + 1} lacks some X-RateLimit-* headers`, 'documented'));
      else if (prev?.remaining !== undefined && s.remaining > prev.remaining && s.reset === prev.reset) found.push(problem(`X-RateLimit-Remaining went up from ${prev.remaining} to ${s.remaining} within one window`, 'documented'));
    }
    const last = b.samples.filter((s) => s.status === 200).at(-1);
    if (b.refused && last?.remaining !== undefined && last.remaining > 1) found.push(problem(`a 429 came while the last answer said X-RateLimit-Remaining: ${last.remaining}`, 'documented'));
    if (found.length > 0) throw new CheckFailure('rate_limit_headers', found);
  });

  check(root, ID, 'sliding_window', gate, async () => {
    const b = await getBurst();
    if (b.skip || !b.refused || !b.after) throw new SkipCheck(b.skip ?? 'the window was not filled');
    if (b.after.status === 200) {
      const secs = Math.round((b.after.at - b.refused.at) / 1000);
      throw new CheckFailure('sliding_window', [
        problem(`${b.samples.length - 1} requests filled the minute window, and ${secs} s later, just after a clock minute began, the next one was answered 200: fixed clock-minute windows (documented: sliding)`, 'documented'),
      ]);
    }
    if (b.after.status !== 429) throw new CheckFailure('sliding_window', [problem(`the request after the minute turned answered ${b.after.status}, expected 429 (the window still holds the burst)`, 'documented')]);
  });
});

afterAll(() => reportWarnings(root));

/**
 * The bad-input run shared by the fuzz files of every API: send each
 * generated request (through MSW's fetch or over node:http to a server
 * process), and collect what broke the contract: a 5xx, a dropped
 * connection, a status other than the one node:http must give, a non-401
 * without valid credentials on a non-public operation, a 4xx without the
 * API's documented error body. Prints the request count and statuses.
 */
import { appendFileSync } from 'node:fs';
import { type Agent, request } from 'node:http';
import type { FuzzRequest } from './generator.js';

export interface Outcome {
  status: number;
  body: unknown;
}

export interface RunRules {
  /** operationIds that need no credentials. */
  publicOperations: ReadonlySet<string>;
  /** The API's error shape: a problem with a 4xx body, or null. */
  errorBodyProblem(status: number, body: unknown): string | null;
  /** Require `expectStatus` (what node:http refuses: the HTTP runs only). */
  strictStatus: boolean;
  /** How the operation refuses missing credentials (default: a 401; session routes may redirect to their login page). */
  refusesCredentials?(r: FuzzRequest, status: number): boolean;
  /** A 5xx the operation documents as its answer to any request while a feature is off (the AI helper's 503 `ai_disabled`): not a failure. */
  documents5xx?(operationId: string, status: number): boolean;
  /** Statuses the operation documents as an HTML page, whose body is not the API's error shape. */
  htmlStatuses?(operationId: string): ReadonlySet<string> | undefined;
}

export const parseBody = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
};
const show = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'no body')).slice(0, 300);
const describeRequest = (r: FuzzRequest) =>
  `${r.operationId} [${r.kind}] ${r.method} ${r.url.slice(0, 160)}${r.body ? ` body=${r.body.slice(0, 160)}` : ''} headers=${JSON.stringify(r.headers).slice(0, 200)}`;

/** Send every request; collect what broke the contract. */
export async function run(label: string, requests: FuzzRequest[], send: (r: FuzzRequest) => Promise<Outcome>, rules: RunRules): Promise<string[]> {
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  for (const r of requests) {
    let out: Outcome;
    try {
      out = await send(r);
    } catch (error) {
      failures.push(`dropped connection (${(error as Error).message}): ${describeRequest(r)}`);
      continue;
    }
    statuses.set(out.status, (statuses.get(out.status) ?? 0) + 1);
    if (out.status >= 500 && !rules.documents5xx?.(r.operationId, out.status)) failures.push(`${out.status} ${show(out.body)}: ${describeRequest(r)}`);
    else if (rules.strictStatus && r.expectStatus !== undefined && out.status !== r.expectStatus) failures.push(`${out.status} instead of ${r.expectStatus}: ${describeRequest(r)}`);
    else if (r.badCredentials && !rules.publicOperations.has(r.operationId) && !(rules.refusesCredentials?.(r, out.status) ?? out.status === 401)) failures.push(`auth bypass? ${out.status} without valid credentials: ${describeRequest(r)}`);
    else if (r.method !== 'HEAD' && !rules.htmlStatuses?.(r.operationId)?.has(String(out.status))) {
      const problem = rules.errorBodyProblem(out.status, out.body);
      if (problem) failures.push(`${problem} (${show(out.body)}): ${describeRequest(r)}`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const summary = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}:${n}`).join(' ');
  console.log(`bad-input ${label}: ${requests.length} requests in ${seconds} s, ${failures.length} failures; statuses ${summary}`);
  // BAD_INPUT_REPORT=/tmp/x.txt keeps every failure (the assertion shows the first 20).
  if (process.env.BAD_INPUT_REPORT) appendFileSync(process.env.BAD_INPUT_REPORT, failures.map((f) => `${label} ${f}\n`).join(''));
  return failures;
}

/** Send one request through MSW (global fetch under setupServer); GET and HEAD go without a body; redirects are answers, not followed. */
export async function sendByFetch(base: string, r: FuzzRequest): Promise<Outcome> {
  const noBody = r.method.toUpperCase() === 'GET' || r.method.toUpperCase() === 'HEAD';
  const res = await fetch(`${base}${r.url}`, { method: r.method, headers: r.headers, body: noBody ? undefined : r.body, redirect: 'manual' });
  return { status: res.status, body: parseBody(await res.text()) };
}

/** Send one request over node:http to a server process, as written (malformed escapes, bodies on GET). */
export function sendByHttp(baseUrl: string, agent: Agent, r: FuzzRequest): Promise<Outcome> {
  const u = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    // node:http frames a GET/DELETE body only with an explicit Content-Length.
    const headers = r.body === undefined ? r.headers : { ...r.headers, 'content-length': String(Buffer.byteLength(r.body)) };
    const req = request({ host: u.hostname, port: u.port, method: r.method, path: r.url, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: parseBody(Buffer.concat(chunks).toString('utf8')) }));
      res.on('error', reject);
    });
    req.setTimeout(15_000, () => req.destroy(new Error('no answer within 15 s')));
    req.on('error', reject);
    req.end(r.body);
  });
}

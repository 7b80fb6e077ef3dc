/**
 * Webhooks that really fire, over real HTTP: the mock process (the CLI on
 * port 0, clock frozen) POSTs subscribed events to a receiver on loopback
 * (port 0), which checks the X-Webhook-Signature as a receiving app does
 * (HMAC-SHA256 of the raw body under the secret, constant-time compare).
 * A failed attempt is retried when the clock, moved through the control
 * API, reaches the real server's schedule (60 s later, at the next 5-minute
 * mark), with the same body and signature; every attempt shows in
 * GET /webhooks/{id}/deliveries.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type Proc } from './process.js';

interface Received {
  headers: IncomingHttpHeaders;
  raw: Buffer;
  signatureValid: boolean;
}

let mock: Proc;
let receiver: Server;
let hookUrl = '';
let answerWith = 200;
const received: Received[] = [];
let secret = '';
let token = '';

/** What a receiving app does: recompute the HMAC over the exact bytes and compare in constant time. */
function verify(raw: Buffer, header: string | undefined): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(raw).digest('hex'));
  const got = Buffer.from(header.slice('sha256='.length));
  return got.length === expected.length && timingSafeEqual(got, expected);
}

const api = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${mock.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
};

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      received.push({ headers: req.headers, raw, signatureValid: verify(raw, req.headers['x-webhook-signature'] as string | undefined) });
      res.writeHead(answerWith, { 'content-type': 'text/plain' });
      res.end(answerWith === 200 ? 'ok' : 'receiver is down');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/tt`;
  mock = await startCli(['--port', '0', '--now', '2026-11-16T10:02:00Z', '--freeze', '--throttle', 'off', '--log', 'off']);
  const tokens = (await (await fetch(`${mock.baseUrl}/__mock/tokens`)).json()) as { tokens?: { token: string; is_active: boolean; scopes: string[] }[] } | { token: string; is_active: boolean; scopes: string[] }[];
  const list = Array.isArray(tokens) ? tokens : (tokens.tokens ?? []);
  token = list.find((t) => t.is_active && t.scopes.includes('admin:all'))!.token;
}, 60_000);

afterAll(async () => {
  await mock?.stop();
  await new Promise((r) => receiver?.close(r));
});

describe('webhook delivery over HTTP', () => {
  let webhookId = 0;

  it('delivers a subscribed event, signed, with the real server headers and envelope', async () => {
    const created = await api('POST', '/api/v1/webhooks', { name: 'receiver', url: hookUrl, events: ['time_entry.created', 'project.created'], max_retries: 2, retry_delay_seconds: 60 });
    expect(created.status).toBe(201);
    webhookId = created.json.webhook.id;
    secret = created.json.webhook.secret;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await api('GET', `/api/v1/webhooks/${webhookId}`)).json.webhook).not.toHaveProperty('secret');

    const projects = (await api('GET', '/api/v1/projects?status=active&per_page=1')).json.projects;
    const entry = await api('POST', '/api/v1/time-entries', { project_id: projects[0].id, start_time: '2026-11-16T06:00:00', end_time: '2026-11-16T06:30:00', notes: 'webhook test' });
    expect(entry.status).toBe(201);

    const first = await until('the first delivery', async () => received[0]);
    expect(first.signatureValid).toBe(true);
    expect(first.headers['x-webhook-event']).toBe('time_entry.created');
    expect(first.headers['x-webhook-id']).toBe(String(webhookId));
    expect(first.headers['user-agent']).toBe('TimeTracker-Webhook/1.0');
    expect(first.headers['content-type']).toBe('application/json');
    const text = first.raw.toString('utf8');
    expect(text).toContain('"event_type": "time_entry.created", "timestamp": "2026-11-16T10:02:00"');
    const envelope = JSON.parse(text);
    expect(envelope).toMatchObject({ action: 'created', entity: { type: 'time_entry', id: entry.json.time_entry.id }, user: { username: 'admin' } });
    expect(envelope.description).toMatch(/^Created time entry for .+ - 00:30:00$/);

    const deliveries = await until('the recorded success', async () => {
      const d = (await api('GET', `/api/v1/webhooks/${webhookId}/deliveries`)).json.deliveries;
      return d[0]?.status === 'success' ? d : undefined;
    });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ event_type: 'time_entry.created', attempt_number: 1, response_status_code: 200, retry_count: 0, error_type: null });
    expect(deliveries[0].event_id).toMatch(/^activity_\d+$/);
  });

  it('retries a failed delivery on the clock, at the next 5-minute mark after the delay, with the same bytes', async () => {
    answerWith = 500;
    const project = await api('POST', '/api/v1/projects', { name: 'Webhook retry project', client_id: 1 });
    expect(project.status).toBe(201); // the receiver's 500 does not touch the answer
    const failed = await until('the failed attempt', async () => received[1]);
    expect(failed.headers['x-webhook-event']).toBe('project.created');
    expect(JSON.parse(failed.raw.toString('utf8'))).toEqual({ project_id: project.json.project.id, client_id: 1 });

    const retrying = await until('the retrying record', async () => {
      const d = (await api('GET', `/api/v1/webhooks/${webhookId}/deliveries?status=retrying`)).json.deliveries;
      return d[0];
    });
    expect(retrying).toMatchObject({ event_type: 'project.created', attempt_number: 1, retry_count: 1, response_status_code: 500, error_type: 'http_error', error_message: 'HTTP 500: receiver is down' });
    expect(retrying.next_retry_at).toBe('2026-11-16T10:03:00');

    answerWith = 200;
    const clock = (body: unknown) => fetch(`${mock.baseUrl}/__mock/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    // 10:04: past next_retry_at, but the retry run is at 10:05.
    expect((await clock({ advance_seconds: 120 })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500)); // the server's once-a-second tick has run at least once
    expect(received).toHaveLength(2);
    expect((await clock({ advance_seconds: 60 })).status).toBe(200);
    const retried = await until('the retry', async () => received[2]);
    expect(retried.raw.equals(failed.raw)).toBe(true);
    expect(retried.headers['x-webhook-signature']).toBe(failed.headers['x-webhook-signature']);
    expect(retried.signatureValid).toBe(true);

    const done = await until('the recorded retry', async () => {
      const d = (await api('GET', `/api/v1/webhooks/${webhookId}/deliveries`)).json.deliveries;
      return d[0]?.status === 'success' ? d[0] : undefined;
    });
    expect(done).toMatchObject({ id: retrying.id, attempt_number: 2, retry_count: 1, response_status_code: 200, completed_at: '2026-11-16T10:05:00' });
    const hook = (await api('GET', `/api/v1/webhooks/${webhookId}`)).json.webhook;
    expect(hook).toMatchObject({ total_deliveries: 3, successful_deliveries: 2, failed_deliveries: 1 });
  });
});

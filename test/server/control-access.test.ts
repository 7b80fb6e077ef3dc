/**
 * The control API hands out tokens and resets data, so it answers only this
 * machine: a loopback peer naming a loopback Host, and from a browser a
 * loopback Origin. Any other web page (DNS rebinding included) gets a 403
 * without CORS headers, unless the mock was started with --control-open.
 * The API itself keeps its CORS for browser clients.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type Proc } from './process.js';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** node:http, because fetch may not set Host. */
function send(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Raw> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    if (body !== undefined) {
      req.setHeader('content-type', 'application/json');
      req.write(JSON.stringify(body));
    }
    req.end();
  });
}

const EVIL = 'http://evil.example';

describe('by default: this machine only', () => {
  let mock: Proc;
  beforeAll(async () => {
    mock = await startCli(['--port', '0', '--log', 'off']);
  });
  afterAll(async () => {
    await mock?.stop();
  });

  it('a caller without Origin (curl, the test runner) is served', async () => {
    const res = await send(mock.baseUrl, 'GET', '/__mock/tokens');
    expect(res.status).toBe(200);
    expect(res.body.tokens.length).toBeGreaterThan(0);
  });
  it('a page on a loopback origin (a dev server) is served, with its origin reflected', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:3000', 'http://[::1]:8080']) {
      const res = await send(mock.baseUrl, 'GET', '/__mock/clock', { origin });
      expect(res.status, origin).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe(origin);
    }
  });
  it('another web page is refused: 403 with the documented body and no CORS header, preflight included', async () => {
    for (const [method, path] of [['GET', '/__mock/tokens'], ['POST', '/__mock/reset'], ['OPTIONS', '/__mock/faults'], ['PUT', '/__mock/faults'], ['GET', '/__mock/'], ['GET', '/__mock/requests'], ['POST', '/__mock/requests/count'], ['DELETE', '/__mock/requests']]) {
      for (const origin of [EVIL, 'null', 'http://localhost.evil.example']) {
        const res = await send(mock.baseUrl, method, path, { origin });
        expect(res.status, `${method} ${path} from ${origin}`).toBe(403);
        expect(res.body).toMatchObject({ error: 'Forbidden', error_code: 'forbidden' });
        expect(res.body.message).toMatch(/--control-open/);
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
      }
    }
  });
  it('DNS rebinding is refused: a loopback connection naming another Host, with or without a same-origin Origin', async () => {
    const port = new URL(mock.baseUrl).port;
    const attempts: Record<string, string>[] = [{ host: `evil.example:${port}` }, { host: `evil.example:${port}`, origin: `http://evil.example:${port}` }, { host: `192.168.1.5:${port}` }];
    for (const headers of attempts) {
      for (const path of ['/__mock/tokens', '/__mock/', '/__mock/requests']) {
        const res = await send(mock.baseUrl, 'GET', path, headers);
        expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
        expect(res.body.error_code).toBe('forbidden');
      }
    }
  });
  it('nothing changes behind a refusal: the clock stays running, no fault rule is set', async () => {
    expect((await send(mock.baseUrl, 'POST', '/__mock/clock', { origin: EVIL }, { freeze: true })).status).toBe(403);
    expect((await send(mock.baseUrl, 'PUT', '/__mock/faults', { origin: EVIL }, { rules: [{ kind: 'status' }] })).status).toBe(403);
    expect((await send(mock.baseUrl, 'GET', '/__mock/clock')).body.frozen).toBe(false);
    expect((await send(mock.baseUrl, 'GET', '/__mock/faults')).body.rules).toEqual([]);
  });
  it('the API keeps its CORS for browser clients on any origin', async () => {
    const res = await send(mock.baseUrl, 'GET', '/api/v1/health', { origin: EVIL });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(EVIL);
  });
});

describe('--control-open and MOCK_CONTROL_OPEN=1', () => {
  for (const [args, env] of [[['--control-open'], {}], [[], { MOCK_CONTROL_OPEN: '1' }]] as const) {
    it(`${args.join(' ') || 'MOCK_CONTROL_OPEN=1'} answers any Origin and Host`, async () => {
      const mock = await startCli(['--port', '0', '--log', 'off', ...args], env);
      try {
        expect(mock.output()).toMatch(/open to any caller/);
        const res = await send(mock.baseUrl, 'GET', '/__mock/tokens', { origin: EVIL, host: 'evil.example' });
        expect(res.status).toBe(200);
        expect(res.headers['access-control-allow-origin']).toBe(EVIL);
      } finally {
        await mock.stop();
      }
    });
  }
});

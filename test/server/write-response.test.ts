/** writeResponse never throws out of a request handler: what cannot be sent becomes the documented 500 body. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeResponse } from '../../src/server/http.js';

const cyclic: Record<string, unknown> = { a: 1 };
cyclic.self = cyclic;
let deep: unknown = 1;
for (let i = 0; i < 20_000; i++) deep = { a: deep };
const BODIES: Record<string, Parameters<typeof writeResponse>[1]> = {
  cyclic: { status: 200, headers: {}, body: cyclic },
  deep: { status: 200, headers: {}, body: deep },
  bigint: { status: 200, headers: {}, body: { n: 1n } },
  'bad header': { status: 200, headers: { 'x-bad': 'line\nbreak' }, body: { ok: true } },
};
let server: Server;
let base: string;
let thrown = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    try {
      writeResponse(res, BODIES[decodeURIComponent(req.url!.slice(1))]);
    } catch {
      thrown++;
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it.each(Object.keys(BODIES))('a %s body answers 500 internal_error, without throwing', async (name) => {
  const res = await fetch(`${base}/${encodeURIComponent(name)}`);
  expect(res.status).toBe(500);
  expect(await res.json()).toEqual({ error: 'Internal server error', message: 'An internal error occurred', error_code: 'internal_error' });
  expect(thrown).toBe(0);
});

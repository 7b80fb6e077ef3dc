/**
 * The Node server's outbound sender (src/core/outbox.ts `Deliver`): a real
 * HTTP(S) request with node:http, as the real server's `requests.post`
 * sends a webhook (redirects followed, up to 5; the timeout covers the whole
 * exchange). Never rejects: no answer is a `timeout` or `connection_error`.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Deliver, DeliveryOutcome, OutboundRequest } from '../core/outbox.js';

const MAX_REDIRECTS = 5;
/** The receiver's answer kept at most (the real server stores 10,000 characters). */
const MAX_BODY = 64 * 1024;

export const httpDeliver: Deliver = (r) => {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise<DeliveryOutcome>((resolve) => {
    let done = false;
    const finish = (o: DeliveryOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(o);
    };
    const timer = setTimeout(() => {
      current?.destroy();
      finish({ kind: 'timeout', message: `Request timed out after ${r.timeoutMs / 1000}s`, durationMs: elapsed() });
    }, r.timeoutMs);
    let current: ReturnType<typeof httpRequest> | undefined;
    const go = (req: OutboundRequest, hops: number) => {
      let url: URL;
      try {
        url = new URL(req.url);
      } catch {
        finish({ kind: 'unknown_error', message: `Invalid URL: ${req.url}`, durationMs: elapsed() });
        return;
      }
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      current = send(url, { method: req.method, headers: { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) } }, (res: IncomingMessage) => {
        const location = res.headers.location;
        if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location && hops < MAX_REDIRECTS) {
          res.resume();
          const next = new URL(location, url).toString();
          // 301/302/303 turn into a GET without a body, as `requests` does.
          const keep = res.statusCode === 307 || res.statusCode === 308;
          go({ ...req, url: next, method: keep ? req.method : 'GET', body: keep ? req.body : '' }, hops + 1);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < MAX_BODY) chunks.push(c);
          size += c.length;
        });
        res.on('end', () => finish({ kind: 'response', status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').slice(0, MAX_BODY), durationMs: elapsed() }));
        res.on('error', (e) => finish({ kind: 'connection_error', message: e.message, durationMs: elapsed() }));
      });
      current.on('error', (e) => finish({ kind: 'connection_error', message: e.message, durationMs: elapsed() }));
      current.end(req.body);
    };
    go(r, 0);
  });
};

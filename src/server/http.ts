/**
 * The engine over node:http. Thin and allocation-light: no web Request or
 * Response objects on the hot path; the control API and the docs page are
 * answered before the engine.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ApiId } from '../apis/index.js';
import type { EngineInternals } from '../core/engine.js';
import { ApiError } from '../core/errors.js';
import type { CoreRequest, CoreResponse } from '../core/types.js';
import { handleControl } from './control.js';
import { handleDocs } from './docs.js';

export interface HttpServerOptions {
  /** Largest accepted body (default 10 MiB). */
  maxBodyBytes?: number;
  /** Let any caller use the control API (`--control-open`); default: loopback Host, Origin and peer only. */
  controlOpen?: boolean;
  /** Called once per answered request (logging). */
  onResponse?: (req: CoreRequest, res: CoreResponse, ms: number) => void;
}

export interface MockHttpServer {
  server: Server;
  /** Stop accepting, end idle and hanging connections, resolve when closed. */
  close(): Promise<void>;
}

function toCoreRequest(req: IncomingMessage, body: Buffer | undefined): CoreRequest {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const headers: Record<string, string | undefined> = Object.create(null); // names are the client's (`constructor`, `__proto__`)
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i].toLowerCase();
    headers[k] = headers[k] === undefined ? raw[i + 1] : `${headers[k]}, ${raw[i + 1]}`;
  }
  return {
    method: req.method ?? 'GET',
    path: q < 0 ? url : url.slice(0, q),
    search: q < 0 ? '' : url.slice(q + 1),
    headers,
    body,
    remoteAddress: req.socket.remoteAddress,
  };
}

const INTERNAL_ERROR = JSON.stringify({ error: 'Internal server error', message: 'An internal error occurred', error_code: 'internal_error' });

/**
 * Send a core response. Never throws: a body that cannot be serialized or a
 * header node:http refuses becomes the documented 500 body (or, once headers
 * are out, a closed connection), never an exception out of the request handler.
 */
export function writeResponse(res: ServerResponse, out: CoreResponse): void {
  try {
    send(res, out);
  } catch (error) {
    console.error('[mock] cannot send the response:', error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    res.writeHead(500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(INTERNAL_ERROR) });
    res.end(INTERNAL_ERROR);
  }
}

function send(res: ServerResponse, out: CoreResponse): void {
  const headers = out.headers;
  if (out.rawBody !== undefined) {
    res.writeHead(out.status, { 'content-type': 'application/json', ...headers });
    res.end(out.rawBody);
    return;
  }
  if (out.body === undefined) {
    res.writeHead(out.status, headers);
    res.end();
    return;
  }
  if (headers['content-type'] !== undefined) {
    const body = out.body as string | Uint8Array;
    headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
    res.writeHead(out.status, headers);
    res.end(body);
    return;
  }
  const text = JSON.stringify(out.body);
  res.writeHead(out.status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function createHttpServer(engine: EngineInternals, options: HttpServerOptions = {}): MockHttpServer {
  const maxBody = options.maxBodyBytes ?? 10 * 1024 * 1024;
  // The server's own refusals (body over the limit, what node:http's parser refuses) in the served API's error shape.
  const errorBody: ErrorBody = (e) => engine.api.errorBody(e);
  const control = { open: options.controlOpen === true };
  const sockets = new Set<Socket>();
  const hanging = new Set<Socket>();

  const onResponse = options.onResponse;
  function finish(req: IncomingMessage, res: ServerResponse, core: CoreRequest, out: CoreResponse, started: number): void {
    if (out.fault?.kind === 'reset') req.socket.destroy();
    else if (out.fault?.kind === 'hang') hanging.add(req.socket);
    else writeResponse(res, out);
    if (onResponse) onResponse(core, out, performance.now() - started);
  }

  function answer(req: IncomingMessage, res: ServerResponse, core: CoreRequest, started: number): void {
    let out: CoreResponse;
    try {
      out = handleControl(engine, core, control) ?? handleDocs(core, engine.api.id as ApiId) ?? (engine.handle(core) as CoreResponse);
    } catch (error) {
      console.error('[mock] unexpected error:', error);
      out = { status: 500, headers: { 'content-type': 'application/json' }, body: INTERNAL_ERROR };
    }
    if (out.delayMs) setTimeout(finish, out.delayMs, req, res, core, out, started);
    else finish(req, res, core, out, started);
  }

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > maxBody) {
      // Drain what the client sends, then answer: closing early would break its upload (EPIPE).
      req.resume();
      req.once('end', () => writeResponse(res, tooLarge(maxBody, errorBody)));
      return;
    }
    if ((method === 'GET' || method === 'HEAD') && !req.headers['transfer-encoding']) {
      answer(req, res, toCoreRequest(req, undefined), started);
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBody && !refused) {
        refused = true;
        writeResponse(res, tooLarge(maxBody, errorBody));
      }
      if (!refused) chunks.push(c);
    });
    req.on('end', () => {
      if (refused) return;
      answer(req, res, toCoreRequest(req, size > 0 ? Buffer.concat(chunks, size) : undefined), started);
    });
    req.on('error', () => res.destroy());
  });
  server.keepAliveTimeout = 5000;
  // Webhook retries fall due on the engine clock, also while no request comes in.
  const ticker = setInterval(() => engine.outbox.runDue(), 1000);
  ticker.unref();
  server.on('close', () => clearInterval(ticker));
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => {
      sockets.delete(s);
      hanging.delete(s);
    });
  });
  server.on('clientError', (err: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    socket.end(clientErrorAnswer(err.code, err.rawPacket, errorBody));
  });

  return {
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of hanging) s.destroy();
        server.closeIdleConnections();
        // Give in-flight answers a moment, then end whatever is left.
        setTimeout(() => {
          for (const s of sockets) s.destroy();
        }, 2000).unref();
      }),
  };
}

/** Request line plus headers node:http accepts (its default, stated): more is a 414 or a 431. */
export const MAX_HEADER_BYTES = 16 * 1024;

const REASONS: Record<number, string> = { 400: 'Bad Request', 405: 'Method Not Allowed', 408: 'Request Timeout', 414: 'URI Too Long', 431: 'Request Header Fields Too Large' };

/** An API's error body for an ApiError (ApiDefinition.errorBody): JSON, or text for APIs whose errors are text (Harvest). */
export type ErrorBody = (error: ApiError) => unknown;

/** The body and its content type, as the API writes errors. */
function errorPayload(errorBody: ErrorBody, e: ApiError): { type: string; text: string } {
  const body = errorBody(e);
  return typeof body === 'string' ? { type: 'text/plain; charset=utf-8', text: body } : { type: 'application/json', text: JSON.stringify(body) };
}

/**
 * The raw answer to a request node:http's parser refused before any handler
 * ran, with the API's documented error body: an unknown method (`curl -X
 * FOO`) is a 405, a request line over the limit a 414, headers over it a
 * 431, anything else a 400.
 */
export function clientErrorAnswer(code: string | undefined, raw: Buffer | undefined, errorBody: ErrorBody): string {
  const head = raw ? raw.subarray(0, Math.min(raw.length, MAX_HEADER_BYTES + 2)).toString('latin1') : '';
  const requestLine = /^[A-Za-z]+ /.test(head) ? head.split('\r\n')[0] : '';
  let error: ApiError;
  if (code === 'HPE_INVALID_METHOD') {
    const method = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}/.exec(head)?.[0] ?? 'this';
    error = new ApiError(405, 'Method Not Allowed', 'method_not_allowed', { message: `The method ${method} is not supported` });
  } else if (code === 'HPE_HEADER_OVERFLOW' && requestLine.length >= MAX_HEADER_BYTES) {
    error = new ApiError(414, 'URI Too Long', 'uri_too_long', { message: `The request line is limited to ${MAX_HEADER_BYTES} bytes` });
  } else if (code === 'HPE_HEADER_OVERFLOW') {
    error = new ApiError(431, 'Request Header Fields Too Large', 'headers_too_large', { message: `The request line and headers are limited to ${MAX_HEADER_BYTES} bytes` });
  } else if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    error = new ApiError(408, 'Request Timeout', 'request_timeout', { message: 'The request was not received in time' });
  } else {
    error = new ApiError(400, 'Bad Request', 'bad_request', { message: 'The request is not valid HTTP/1.1' });
  }
  const { type, text } = errorPayload(errorBody, error);
  return `HTTP/1.1 ${error.status} ${REASONS[error.status]}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`;
}

function tooLarge(max: number, errorBody: ErrorBody): CoreResponse {
  const { type, text } = errorPayload(errorBody, new ApiError(413, 'Payload Too Large', 'payload_too_large', { message: `Request bodies are limited to ${max} bytes` }));
  return { status: 413, headers: { connection: 'close', 'content-type': type }, body: text };
}

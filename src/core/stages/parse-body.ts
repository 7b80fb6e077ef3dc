/**
 * Stage `parseBody`: the request body by its media type, against what the
 * operation accepts: JSON (`application/json`, `+json`), multipart form
 * fields, form fields (`application/x-www-form-urlencoded`: an OAuth token
 * endpoint's, PHP's; brackets nest: src/core/form.ts; validated like JSON), raw text for operations that take `text/csv`, or a media type the
 * API decodes itself into its JSON model (`ApiDefinition.decoders`, e.g.
 * Harvest's XML; the result is validated like JSON). A required body that is
 * missing is a 400; a media type the operation does not take is a 415.
 * `jsonOnly` (CoffeeCup's rule, `ApiDefinition.jsonOnly`, or `--json-only`)
 * refuses any body that is not JSON, deliberately (not strict-checked), on
 * every operation that takes JSON or no body at all; an operation whose spec
 * declares only other media types (OAuth's form-encoded token endpoint) is
 * not part of the JSON API and takes what it declares. Bodies on operations that declare none
 * (a GET or DELETE with `{}`, as some clients send) are ignored.
 */
import { text } from '../bytes.js';
import { ApiError, validationError } from '../errors.js';
import { FORM_MEDIA_TYPE, parseForm } from '../form.js';
import { parseJsonBody } from '../input.js';
import type { Stage } from '../pipeline.js';
import type { OperationDef } from '../spec-model.js';

export function unsupportedMedia(): ApiError {
  return new ApiError(415, 'Unsupported Media Type', 'unsupported_media_type', {
    message: 'Request body must be JSON (Content-Type: application/json)',
  });
}

export function parseBody(options: { jsonOnly: boolean; decoders?: Record<string, (text: string, op: OperationDef) => unknown> }): Stage {
  const decoders = options.decoders ?? {};
  const refuse = (x: { deliberate: boolean; op: OperationDef | null }): never => {
    if (options.jsonOnly && (!x.op?.requestBody || 'application/json' in x.op.requestBody.content)) x.deliberate = true;
    throw unsupportedMedia();
  };
  return (x, next) => {
    const { req } = x;
    const def = x.op!.requestBody;
    const jsonOnly = options.jsonOnly && (!def || 'application/json' in def.content);
    const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const raw = text(req.body);
    x.contentType = contentType;
    if (!def) {
      if (jsonOnly && raw.length > 0 && contentType !== 'application/json') refuse(x);
      return next();
    }
    const accepts = def.content;
    const isJson = contentType === 'application/json' || contentType.endsWith('+json');
    if (raw.length === 0) {
      if (def.required) {
        if (!contentType && !accepts['text/csv']) refuse(x);
        throw validationError({ _general: ['Request body is required'] }, 'Request body is required');
      }
      return next();
    }
    if (isJson && accepts['application/json']) {
      x.body = parseJsonBody(raw, req.body === undefined ? 0 : typeof req.body === 'string' ? req.body.length : req.body.byteLength);
      x.contentType = 'application/json';
    } else if (Object.hasOwn(decoders, contentType) && (accepts[contentType] || accepts['application/json']) && !jsonOnly) {
      x.body = decoders[contentType](raw, x.op!);
      x.contentType = 'application/json';
    } else if (contentType === FORM_MEDIA_TYPE && accepts[FORM_MEDIA_TYPE] && !jsonOnly) {
      // JSON-only refuses a form where JSON is taken; a route that takes only a form (the web login, an OAuth token endpoint) still reads it.
      x.body = parseForm(raw);
    } else if (contentType === 'multipart/form-data' && accepts['multipart/form-data']) {
      x.body = parseMultipart(raw, req.headers['content-type'] ?? '');
    } else if (accepts['text/csv'] && !jsonOnly) {
      // A route that takes CSV takes any raw text (as the real server does).
      x.body = raw;
      x.contentType = 'text/csv';
    } else {
      refuse(x);
    }
    return next();
  };
}

/** The fields of a multipart/form-data body (text values only; files as their text). */
export function parseMultipart(raw: string, contentTypeHeader: string): Record<string, string> {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentTypeHeader);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) throw new ApiError(400, 'Malformed multipart body', 'bad_request', { message: 'multipart/form-data without a boundary' });
  const fields = new Map<string, string>();
  for (const part of raw.split(`--${boundary}`)) {
    const sep = part.indexOf('\r\n\r\n');
    if (sep < 0) continue;
    const head = part.slice(0, sep);
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    if (!name) continue;
    fields.set(name, part.slice(sep + 4).replace(/\r\n$/, ''));
  }
  return Object.fromEntries(fields); // field names are the client's: own properties only
}

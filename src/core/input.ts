/**
 * The one place raw request input becomes values: percent-decoding of path
 * segments, cookies and control ids, and JSON bodies with a size and depth
 * limit. Nothing here throws anything but an `ApiError` with the documented
 * body, so no caller needs its own try/catch around `decodeURIComponent` or
 * `JSON.parse`.
 */
import { ApiError, validationError } from './errors.js';

/** `decodeURIComponent`, or null for a malformed escape (`%E0%A4%A`, `%zz`). */
export function decodeComponent(value: string): string | null {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Deepest nesting a JSON body may have (the body itself is level 1). */
export const MAX_JSON_DEPTH = 32;
/** Largest JSON body the engine parses (the node server also caps every body at 10 MiB). */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Parse a JSON body, refusing what would later break the mock: more than
 * `maxBytes` (413), invalid JSON (400 `bad_request`), nesting deeper than
 * `MAX_JSON_DEPTH` (400 `validation_error`, before anything can reach
 * `JSON.stringify` or `structuredClone` and overflow their stack), and numbers
 * JSON.parse turns into `Infinity` (`1e309`, 400 `validation_error`).
 */
export function parseJsonBody(raw: string, size = raw.length, maxBytes = MAX_JSON_BYTES): unknown {
  if (size > maxBytes) {
    throw new ApiError(413, 'Payload Too Large', 'payload_too_large', { message: `JSON bodies are limited to ${maxBytes} bytes` });
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'Invalid JSON', 'bad_request', { message: 'The request body is not valid JSON' });
  }
  const problem = checkJsonValue(value);
  if (problem) throw validationError({ [problem.field]: [problem.message] }, `${problem.field === '_general' ? 'The body' : problem.field} ${problem.message}`);
  return value;
}

/** The first value too deep or not finite, walked iteratively (a recursive walk would overflow on what it guards against). */
function checkJsonValue(root: unknown): { field: string; message: string } | null {
  const stack: [unknown, number, string][] = [[root, 1, '']];
  while (stack.length > 0) {
    const [value, depth, path] = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) return { field: path || '_general', message: 'must be a finite number' };
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_JSON_DEPTH) {
      const top = path.split('.')[0];
      return { field: top || '_general', message: `must not nest deeper than ${MAX_JSON_DEPTH} levels` };
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth + 1, path ? `${path}.${i}` : String(i)]);
    } else {
      for (const [k, v] of Object.entries(value)) stack.push([v, depth + 1, path ? `${path}.${k}` : k]);
    }
  }
  return null;
}

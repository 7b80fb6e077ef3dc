/**
 * The one place raw request input becomes values: percent-decoding of path
 * segments, cookies and control ids, and JSON bodies with a size and depth
 * limit. Nothing here throws anything but an `ApiError` with the documented
 * body, so no caller needs its own try/catch around `decodeURIComponent` or
 * `JSON.parse`.
 */

/** `decodeURIComponent`, or null for a malformed escape (`%E0%A4%A`, `%zz`). */
export function decodeComponent(value: string): string | null {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

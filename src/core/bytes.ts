/**
 * Bytes and text without `Buffer`: the core runs in Node and in a browser
 * (a service worker), so it uses only web-standard `TextEncoder`/`TextDecoder`.
 *
 * @example
 * utf8('héllo').byteLength; // 6
 * text(utf8('héllo'));      // 'héllo'
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

/** UTF-8 bytes of a string. */
export const utf8 = (s: string): Uint8Array => encoder.encode(s);

/** A body as text: strings as they are, bytes decoded as UTF-8, nothing as ''. */
export const text = (body: Uint8Array | string | undefined): string =>
  body === undefined ? '' : typeof body === 'string' ? body : decoder.decode(body);

/** Size in bytes of a body once encoded. */
export const byteLength = (body: Uint8Array | string): number => (typeof body === 'string' ? encoder.encode(body).byteLength : body.byteLength);

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url (RFC 4648 §5, no padding) of some bytes. */
export function base64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += B64URL[n >> 18] + B64URL[(n >> 12) & 63] + B64URL[(n >> 6) & 63] + B64URL[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) out += B64URL[bytes[i] >> 2] + B64URL[(bytes[i] & 3) << 4];
  if (rest === 2) {
    const n = (bytes[i] << 8) | bytes[i + 1];
    out += B64URL[n >> 10] + B64URL[(n >> 4) & 63] + B64URL[(n & 15) << 2];
  }
  return out;
}

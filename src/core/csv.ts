/**
 * A JSON model as CSV (RFC 4180: comma-separated, fields with a comma,
 * quote or line break quoted, quotes doubled, CRLF line ends), for APIs
 * that answer CSV (`ApiDefinition.representation`). One row per item of
 * a list, or per value of an object whose values are all objects (a map
 * keyed by id), else one row for the object; the header row is the union
 * of the rows' keys in order of appearance. Nested values are written as
 * JSON text, `null` as an empty field.
 *
 * @example
 * toCsv([{ id: '1', name: 'a, b' }]); // 'id,name\r\n1,"a, b"\r\n'
 */
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The records a model stands for. */
function rowsOf(model: unknown): Json[] {
  if (Array.isArray(model)) return model.map((v) => (isObj(v) ? v : { value: v }));
  if (isObj(model)) {
    const values = Object.values(model);
    return values.length > 0 && values.every(isObj) ? (values as Json[]) : [model];
  }
  return [{ value: model }];
}

const field = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(model: unknown): string {
  const rows = rowsOf(model);
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (!seen.has(k)) seen.add(k), keys.push(k);
  const lines = [keys.map(field).join(','), ...rows.map((r) => keys.map((k) => field(r[k])).join(','))];
  return rows.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
}

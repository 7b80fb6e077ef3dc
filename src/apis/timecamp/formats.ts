/**
 * TimeCamp's answer formats (ApiDefinition.representation): `format`
 * as a query parameter or a `/format/<f>` path segment, XML when none is
 * given (`Accept: application/json` alone asks for JSON), and CSV. The
 * XML is CodeIgniter's REST server's (the framework whose conventions the
 * API shows: the format list, `/format/<f>` segments): a root `<xml>`,
 * list items and numeric keys named after the singular of their parent
 * (or `item`), names stripped to `[A-Za-z0-9_-]`, booleans as 1/0, null
 * as an empty element. Errors go out in the same format as answers.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { toCsv } from '../../core/csv.js';
import type { OperationDef } from '../../core/spec-model.js';
import type { CoreRequest, CoreResponse } from '../../core/types.js';

export const FORMATS = ['xml', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

const builder = new XMLBuilder({ ignoreAttributes: true, format: false, suppressEmptyNode: true, processEntities: true });

/** The `format/<f>` pair among the path's segments (after the resource), if any. */
function pathFormat(path: string): string | undefined {
  const parts = path.split('/');
  for (let i = 4; i < parts.length - 1; i++) if (parts[i] === 'format') return parts[i + 1];
  return undefined;
}

/** The representation a request asks for: `format` (segment, then query), else JSON on `Accept: application/json`, else XML. */
export function chooseFormat(req: CoreRequest): string {
  let asked = pathFormat(req.path);
  if (asked === undefined && req.search.includes('format')) asked = new URLSearchParams(req.search).get('format') ?? undefined;
  if (asked !== undefined) return (FORMATS as readonly string[]).includes(asked) ? asked : 'xml';
  const accept = (req.headers.accept ?? '').toLowerCase();
  return accept.includes('application/json') && !/xml/.test(accept) ? 'json' : 'xml';
}

/** CodeIgniter's inflector, as far as the API's names need it: entries -> entry, users -> user, xml -> xml. */
export function singular(word: string): string {
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/i.test(word)) return word.slice(0, -2);
  if (/[^s]s$/i.test(word)) return word.slice(0, -1);
  return word;
}

type XmlNode = string | { [name: string]: XmlNode | XmlNode[] };

/** One level of the model, as the builder's node. */
function node(value: unknown, basenode: string): XmlNode {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value !== 'object') return String(value);
  const out: Record<string, XmlNode | XmlNode[]> = {};
  const itemName = singular(basenode) !== basenode ? singular(basenode) : 'item';
  for (const [k, v] of Object.entries(value)) {
    const name = /^\d+$/.test(k) ? itemName : k.replace(/[^a-z_\-0-9]/gi, '') || itemName;
    const child = node(v, name);
    const held = out[name];
    if (held === undefined) out[name] = child;
    else if (Array.isArray(held)) held.push(child);
    else out[name] = [held, child];
  }
  return out;
}

/** The XML document of a model. */
export function toXml(model: unknown): string {
  const root = node(typeof model === 'object' && model !== null ? model : [model], 'xml');
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ xml: root }) as string}\n`;
}

/** The answer in the format asked for (JSON stays the model; the adapters serialize it). */
export function render(res: CoreResponse, format: string, _op: OperationDef | null): CoreResponse {
  if (res.body === undefined || res.headers['content-type'] !== undefined || format === 'json') return res;
  if (format === 'csv') return { ...res, headers: { ...res.headers, 'content-type': 'text/csv; charset=utf-8' }, body: toCsv(res.body) };
  return { ...res, headers: { ...res.headers, 'content-type': 'application/xml; charset=utf-8' }, body: toXml(res.body) };
}

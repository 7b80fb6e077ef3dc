/**
 * Harvest classic's wire forms besides JSON (ApiDefinition.representation
 * and .decoders), with fast-xml-parser:
 *
 * - answers in XML on `Accept: application/xml`, as the docs' examples:
 *   REST resources under their root element with hyphenated names
 *   (`<client><client-id type="integer">`), lists as `<clients type="array">`,
 *   Time Tracking payloads underscored (`<daily>`, `<timer><day_entry>`),
 *   the account's as Rails' `<hash>`; values typed by
 *   `type="integer|float|decimal|boolean|date|datetime|array"`, nulls as
 *   `nil="true"`;
 * - XML request bodies (`Content-Type: application/xml`) read back into the
 *   JSON model the operation validates (`<request>` unwrapped for /daily,
 *   types from `type=` attributes and the operation's JSON schema);
 * - error answers as plain text, whatever the format.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { ApiError } from '../../core/errors.js';
import type { JsonSchema, OperationDef } from '../../core/spec-model.js';
import type { CoreRequest, CoreResponse } from '../../core/types.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true, suppressBooleanAttributes: false });
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, ignoreDeclaration: true, trimValues: true, processEntities: true });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Which representation a request asks for: `xml` when its Accept names XML before (or without) JSON. */
export function chooseFormat(req: CoreRequest): string {
  const accept = (req.headers.accept ?? '').toLowerCase();
  const xml = accept.search(/application\/xml|text\/xml/);
  const json = accept.indexOf('application/json');
  return xml >= 0 && (json < 0 || xml < json) ? 'xml' : 'json';
}

const singular = (name: string): string => (name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') ? name.slice(0, -1) : name);

/** One value as the builder's node: typed text, `nil`, nested elements or an array. */
function node(value: unknown, name: string, rename: (k: string) => string, decimal: boolean): unknown {
  if (value === null || value === undefined) return { '@_nil': 'true' };
  if (typeof value === 'boolean') return { '#text': String(value), '@_type': 'boolean' };
  if (typeof value === 'number') return { '#text': String(value), '@_type': Number.isInteger(value) ? 'integer' : decimal ? 'decimal' : 'float' };
  if (typeof value === 'string') {
    if (DATE.test(value)) return { '#text': value, '@_type': 'date' };
    if (DATETIME.test(value)) return { '#text': value, '@_type': 'datetime' };
    return value;
  }
  if (Array.isArray(value)) {
    const child = rename(singular(name));
    // An array of wrapped resources ([{task: {...}}]) lists their bodies under the wrapper's name.
    const items = value.map((v) => (isObj(v) && Object.keys(v).length === 1 && isObj(Object.values(v)[0]) ? Object.values(v)[0] : v));
    return { '@_type': 'array', [child]: items.map((v) => node(v, child, rename, decimal)) };
  }
  const out: Json = {};
  for (const [k, v] of Object.entries(value as Json)) out[rename(k)] = node(v, k, rename, decimal);
  return out;
}

/** The XML document of an answer's JSON model for an operation. */
export function toXml(op: OperationDef | null, body: unknown): string {
  const daily = op?.path.startsWith('/daily') ?? false;
  const rename = daily ? (k: string) => k : (k: string) => k.replace(/_/g, '-');
  let root: Json;
  if (Array.isArray(body)) {
    const first = body.find(isObj);
    const wrapper = first ? Object.keys(first)[0] : 'item';
    const name = rename(`${wrapper}s`);
    root = { [name]: node(body, `${wrapper}s`, rename, true) };
  } else if (!isObj(body)) {
    root = { value: node(body, 'value', rename, !daily) };
  } else if (daily && op && (op.operationId === 'getDaily' || op.operationId === 'getDailyForDay')) {
    root = { daily: node(body, 'daily', rename, false) };
  } else if (daily) {
    const { hours_for_previously_running_timer: previous, ...entry } = body;
    root = { timer: { day_entry: node(entry, 'day_entry', rename, false), ...(previous === undefined ? {} : { hours_for_previously_running_timer: node(previous, 'h', rename, false) }) } };
  } else if (Object.keys(body).length === 1 && isObj(Object.values(body)[0])) {
    const [key, inner] = Object.entries(body)[0];
    root = { [rename(key)]: node(inner, key, rename, true) };
  } else {
    root = { hash: node(body, 'hash', rename, true) };
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root) as string}`;
}

/** The answer in its wire form: plain-text errors; XML bodies when asked for. */
export function render(res: CoreResponse, format: string, op: OperationDef | null): CoreResponse {
  if (res.body === undefined || res.headers['content-type'] !== undefined) return res;
  if (res.status >= 400) {
    const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
    return { ...res, headers: { ...res.headers, 'content-type': 'text/plain; charset=utf-8' }, body: text };
  }
  if (format !== 'xml') return res;
  return { ...res, headers: { ...res.headers, 'content-type': 'application/xml; charset=utf-8' }, body: toXml(op, res.body) };
}

// --- XML request bodies -------------------------------------------------

/** The property schemas of an (allOf-combined) object schema. */
function propertiesOf(schema: JsonSchema | undefined): Record<string, JsonSchema> {
  if (!schema) return {};
  const own = isObj(schema.properties) ? (schema.properties as Record<string, JsonSchema>) : {};
  const parts = Array.isArray(schema.allOf) ? (schema.allOf as JsonSchema[]).map(propertiesOf) : [];
  return Object.assign({}, ...parts, own);
}

function wants(schema: JsonSchema | undefined, type: string): boolean {
  if (!schema) return false;
  if (schema.type === type) return true;
  return Array.isArray(schema.oneOf) && (schema.oneOf as JsonSchema[]).some((s) => s.type === type);
}

/** An element as parsed -> the JSON value its schema (or its `type=` attribute) says. */
function value(el: unknown, schema: JsonSchema | undefined): unknown {
  if (isObj(el)) {
    if (el['@_nil'] === 'true') return null;
    const type = el['@_type'];
    const text = typeof el['#text'] === 'string' ? el['#text'] : undefined;
    if (text !== undefined || type !== undefined) return scalar(text ?? '', typeof type === 'string' ? type : undefined, schema);
    const props = propertiesOf(schema);
    const out: Json = {};
    for (const [k, v] of Object.entries(el)) {
      if (k.startsWith('@_')) continue;
      const key = k.replace(/-/g, '_');
      out[key] = value(v, props[key]);
    }
    return out;
  }
  return scalar(typeof el === 'string' ? el : String(el), undefined, schema);
}

function scalar(text: string, type: string | undefined, schema: JsonSchema | undefined): unknown {
  const t = type ?? (wants(schema, 'boolean') ? 'boolean' : wants(schema, 'integer') && /^-?\d+$/.test(text) ? 'integer' : wants(schema, 'number') && text.trim() !== '' && !Number.isNaN(Number(text)) ? 'float' : undefined);
  if (t === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  if (t === 'integer' || t === 'float' || t === 'decimal') return text.trim() === '' ? text : Number(text);
  return text;
}

/** An XML request body -> the operation's JSON model (Time Tracking's `<request>` unwrapped). */
export function fromXml(text: string, op: OperationDef): unknown {
  let doc: unknown;
  try {
    doc = parser.parse(text, true);
  } catch (error) {
    throw new ApiError(400, `The request body is not valid XML: ${(error as Error).message.split('\n')[0]}`, 'bad_request');
  }
  if (!isObj(doc) || Object.keys(doc).length !== 1) throw new ApiError(400, 'The XML request body must have exactly one root element', 'bad_request');
  const schema = op.requestBody?.content['application/json'];
  const [root, el] = Object.entries(doc)[0];
  if (root === 'request') return value(el, schema);
  const key = root.replace(/-/g, '_');
  return { [key]: value(el, propertiesOf(schema)[key]) };
}

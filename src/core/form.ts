/**
 * `application/x-www-form-urlencoded` bodies, PHP's way: `a=1&b=2` is
 * `{a: '1', b: '2'}`, brackets nest (`entries[0][name]=x` is
 * `{entries: [{name: 'x'}]}`, `task_id[]=1&task_id[]=2` is
 * `{task_id: ['1', '2']}`). Values stay strings (schemas that take form
 * bodies accept numbers written as digits). Web-standard only
 * (URLSearchParams), so it runs in a browser too.
 *
 * Bounded like JSON bodies (input.ts): at most `MAX_FORM_DEPTH` levels of
 * brackets and list indexes below `MAX_FORM_INDEX`; a name like
 * `__proto__` or `constructor` is data (own properties only). Anything else
 * is a 400 `validation_error` naming the field.
 *
 * @example
 * parseForm('computer_activities[0][user_id]=7&service=cli'); // {computer_activities: [{user_id: '7'}], service: 'cli'}
 */
import { validationError } from './errors.js';

export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** Deepest bracket nesting a form field may have (`a[b][c]` is 3). */
export const MAX_FORM_DEPTH = 8;
/** Largest list index (`a[999]`); a sparse list beyond it is refused. */
export const MAX_FORM_INDEX = 1000;

type Node = Record<string, unknown> | unknown[];

const setOwn = (target: Node, key: string | number, value: unknown): void => {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
};

/** `a[b][]` -> ['a', 'b', ''], or null when the brackets do not close. */
function pathOf(name: string): string[] | null {
  const open = name.indexOf('[');
  if (open <= 0) return [name];
  const parts = [name.slice(0, open)];
  const rest = name.slice(open);
  const re = /\[([^[\]]*)\]/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(rest)) !== null) {
    parts.push(m[1]);
    end = re.lastIndex;
  }
  return end === rest.length ? parts : null;
}

/** Parse a form body into nested objects and arrays of strings. */
export function parseForm(raw: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    const path = pathOf(name);
    if (!path) {
      const field = name.slice(0, name.indexOf('[')) || name;
      throw validationError({ [field]: ['has unbalanced brackets'] }, `${field} has unbalanced brackets`);
    }
    if (path.length > MAX_FORM_DEPTH) throw validationError({ [path[0]]: [`must not nest deeper than ${MAX_FORM_DEPTH} levels`] });
    let node: Node = root;
    for (let i = 0; i < path.length; i++) {
      const key = path[i];
      const last = i === path.length - 1;
      const nextIsList = !last && (path[i + 1] === '' || /^\d+$/.test(path[i + 1]));
      if (Array.isArray(node)) {
        const index: number = key === '' ? node.length : Number(key);
        if (!/^\d*$/.test(key) || index >= MAX_FORM_INDEX) throw validationError({ [path[0]]: [`list index ${key} is not allowed (0..${MAX_FORM_INDEX - 1})`] });
        if (last) node[index] = value;
        else {
          const child: unknown = node[index];
          node = isNode(child) ? child : (node[index] = nextIsList ? [] : {}) as Node;
        }
        continue;
      }
      const slot = key === '' ? String(Object.keys(node).length) : key;
      if (last) setOwn(node, slot, value);
      else {
        const child: unknown = Object.hasOwn(node, slot) ? node[slot] : undefined;
        if (isNode(child)) node = child;
        else {
          const made: Node = nextIsList ? [] : {};
          setOwn(node, slot, made);
          node = made;
        }
      }
    }
  }
  return compact(root) as Record<string, unknown>;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null;

/** Sparse lists (`a[0]`, `a[5]`) keep their order without holes. */
function compact(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== undefined).map(compact);
  if (isNode(v)) {
    for (const k of Object.keys(v)) setOwn(v, k, compact((v as Record<string, unknown>)[k]));
  }
  return v;
}

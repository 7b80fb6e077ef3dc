/**
 * Indexes over a `Table`, kept in step by the table's writes (it calls
 * them as a `TableObserver`): a read takes its rows already sorted and
 * grouped instead of sorting the whole table per request, and a write
 * moves one row by binary search instead of rebuilding anything.
 *
 * @example
 * const byName = new SortedView(projects, ['name', 'status'], (a, b) => a.name.localeCompare(b.name) || a.id - b.id, { groupOf: (p) => p.status });
 * byName.group('active'); // active projects by name, no sort per request
 */
import type { Row, Table, TableObserver } from './table.js';
import { TextDictionary } from './text-dictionary.js';

const EMPTY: readonly never[] = Object.freeze([]);

/** First index whose row sorts after `row` (insertion point). */
function upper<T>(rows: T[], row: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(rows[mid], row) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function removeFrom<T>(rows: T[], row: T, compare: (a: T, b: T) => number): void {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(rows[mid], row) < 0) lo = mid + 1;
    else hi = mid;
  }
  // Rows that compare equal (a comparator without an id tie-break): find this one.
  for (let i = lo; i < rows.length && compare(rows[i], row) === 0; i++) {
    if (rows[i] === row) {
      rows.splice(i, 1);
      return;
    }
  }
  const i = rows.indexOf(row);
  if (i >= 0) rows.splice(i, 1);
}

export interface SortedViewOptions<T, K> {
  /** Only rows passing this are in the view. */
  keep?: (row: T) => boolean;
  /** Split the view by this key too (`group(key)`). */
  groupOf?: (row: T) => K;
}

/**
 * A table's rows (those it keeps) sorted by `compare`, optionally also per
 * group. `fields` must name every field that `compare`, `keep` and
 * `groupOf` read: the table reports an update only when one of them changes.
 */
export class SortedView<T extends Row, K = never> implements TableObserver<T> {
  private readonly sorted: T[] = [];
  private readonly groups = new Map<K, T[]>();

  constructor(
    table: Table<T>,
    readonly fields: readonly (keyof T)[],
    private readonly compare: (a: T, b: T) => number,
    private readonly options: SortedViewOptions<T, K> = {},
  ) {
    table.observe(this);
  }

  /** Every kept row, sorted. Do not modify. */
  rows(): readonly T[] {
    return this.sorted;
  }

  /** The kept rows of one group, sorted. Do not modify. */
  group(key: K): readonly T[] {
    return this.groups.get(key) ?? EMPTY;
  }

  added(row: T): void {
    const { keep, groupOf } = this.options;
    if (keep && !keep(row)) return;
    this.sorted.splice(upper(this.sorted, row, this.compare), 0, row);
    if (groupOf) {
      const key = groupOf(row);
      let g = this.groups.get(key);
      if (!g) this.groups.set(key, (g = []));
      g.splice(upper(g, row, this.compare), 0, row);
    }
  }

  removed(row: T): void {
    const { keep, groupOf } = this.options;
    if (keep && !keep(row)) return;
    removeFrom(this.sorted, row, this.compare);
    if (groupOf) {
      const key = groupOf(row);
      const g = this.groups.get(key);
      if (g) {
        removeFrom(g, row, this.compare);
        if (g.length === 0) this.groups.delete(key);
      }
    }
  }

  cleared(): void {
    this.sorted.length = 0;
    this.groups.clear();
  }
}

/**
 * Case-insensitive substring search over some text fields of a table's
 * rows, through a `TextDictionary` of the distinct field values.
 */
export class RowTextIndex<T extends Row> implements TableObserver<T> {
  private readonly dict = new TextDictionary<Set<T>>(() => new Set());

  constructor(
    table: Table<T>,
    readonly fields: readonly (keyof T)[],
  ) {
    table.observe(this);
  }

  private texts(row: T): Set<string> {
    const out = new Set<string>();
    for (const f of this.fields) {
      const v = row[f];
      if (typeof v === 'string' && v !== '') out.add(v);
    }
    return out;
  }

  added(row: T): void {
    for (const text of this.texts(row)) this.dict.payload(text).add(row);
  }

  removed(row: T): void {
    for (const text of this.texts(row)) {
      const rows = this.dict.peek(text);
      if (!rows) continue;
      rows.delete(row);
      if (rows.size === 0) this.dict.drop(text);
    }
  }

  cleared(): void {
    this.dict.clear();
  }

  /** Rows with a field whose lower-case form contains `needle` (given in lower case), in no particular order. */
  matching(needle: string): Set<T> {
    const out = new Set<T>();
    for (const rows of this.dict.matching(needle)) for (const r of rows) out.add(r);
    return out;
  }
}

/** A row of any table: an integer id from the table's own counter. */
export interface Row {
  id: number;
}

/** One table in a snapshot: its rows and its id counter. */
export interface TableState<T extends Row> {
  rows: T[];
  next: number;
}

/** A field of `T` whose values identify one row (`token` of a token, `username` of a user). */
type KeyField<T> = { [K in keyof T]: T[K] extends string | number ? K : never }[keyof T];

/**
 * Something kept in step with a table's rows by the table itself (a sorted
 * view, a grouping, a text index; see src/store/views.ts): told about every
 * insert, delete and load, and about updates that change a field it reads.
 */
export interface TableObserver<T> {
  /** The fields it reads: an update that changes none of them is not reported. */
  readonly fields: readonly (keyof T)[];
  /** A row arrived (or, after `removed`, changed). */
  added(row: T): void;
  /** A row is about to go or to change: it still holds the values `added` saw. */
  removed(row: T): void;
  /** Every row is about to be replaced (`load`); `added` follows for each new row. */
  cleared(): void;
}

/**
 * One collection of rows by id, with its own id counter.
 *
 * Rows live in an array indexed by id (ids only grow, so iteration is id
 * order and a lookup is one array read; a million time entries cost 8 MB of
 * slots instead of a Map's ~40 MB). Optional unique keys (`findBy`) are kept
 * up to date by `insert`, `update`, `delete` and `load`; a caller that
 * assigns a key field directly on a row bypasses them, so don't.
 *
 * Observers (`observe`: sorted views, groupings, text indexes) are kept in
 * step the same way, and `version` counts the writes (the read cache uses
 * it to tell which tables a request changed).
 *
 * Handlers change time entries only through the Store's methods (which keep
 * the entry indexes); every other table is written through these.
 *
 * @example
 * const users = new Table<UserRow>(['username']);
 * const u = users.insert({ username: 'alice', ... });
 * users.findBy('username', 'alice') === u; // true
 */
export class Table<T extends Row> {
  private rows: (T | undefined)[] = [undefined];
  private count = 0;
  private next = 1;
  private readonly keys: Map<KeyField<T>, Map<T[KeyField<T>], T>>;
  private readonly observers: TableObserver<T>[] = [];
  /** Bumped by every write (insert, update, delete, load): a reader can tell the table changed. */
  private writes = 0;

  constructor(uniqueKeys: readonly KeyField<T>[] = []) {
    this.keys = new Map(uniqueKeys.map((k) => [k, new Map()]));
  }

  /** The row with this id, if any. */
  get(id: number): T | undefined {
    return Number.isInteger(id) && id > 0 ? this.rows[id] : undefined;
  }

  /** The row whose unique `field` (declared in the constructor) equals `value`. O(1). */
  findBy<K extends KeyField<T>>(field: K, value: T[K]): T | undefined {
    const index = this.keys.get(field);
    if (!index) throw new Error(`${String(field)} is not a unique key of this table`);
    return index.get(value);
  }

  /** Rows in id order. Rows inserted while iterating are visited too. */
  all(): IterableIterator<T> {
    return new RowIterator(this.rows);
  }

  /** Rows in id order, as an array (cheaper than `[...all()]`). */
  toArray(): T[] {
    const out: T[] = [];
    for (const r of this.rows) if (r !== undefined) out.push(r);
    return out;
  }

  get size(): number {
    return this.count;
  }

  /** How many writes the table has seen (any insert, update, delete or load counts one). */
  get version(): number {
    return this.writes;
  }

  /** Keep `observer` in step with this table from now on (it is told about the rows already here). */
  observe(observer: TableObserver<T>): void {
    this.observers.push(observer);
    for (const r of this.rows) if (r !== undefined) observer.added(r);
  }

  /** The id the next `insert` will give. */
  get nextId(): number {
    return this.next;
  }

  /** Store a copy of `row` under the next id and return it. */
  insert(row: Omit<T, 'id'>): T {
    return this.adopt({ id: 0, ...row } as T);
  }

  /**
   * Store `row` itself (no copy) under the next id, overwriting its `id`.
   * For bulk seeding, where copying a million fresh objects is wasted work.
   */
  adopt(row: T): T {
    row.id = this.next++;
    this.addKeys(row);
    this.rows[row.id] = row;
    this.count++;
    this.writes++;
    for (const o of this.observers) o.added(row);
    return row;
  }

  /** Merge `patch` into the row (in place) and return it. Throws for an unknown id. */
  update(id: number, patch: Partial<Omit<T, 'id'>>): T {
    const row = this.get(id);
    if (!row) throw new Error(`no row ${id}`);
    const changes = patch as Partial<T>;
    const changed = (k: keyof T) => k in changes && changes[k] !== row[k];
    let changesKeys = false;
    for (const k of this.keys.keys()) if (changed(k)) changesKeys = true;
    // Most updates (a token's use, a note) move no observer: no list is built for them.
    let moved: TableObserver<T>[] | undefined;
    for (const o of this.observers) if (o.fields.some(changed)) (moved ??= []).push(o);
    if (changesKeys) this.removeKeys(row);
    if (moved) for (const o of moved) o.removed(row);
    Object.assign(row, patch);
    row.id = id;
    if (changesKeys) this.addKeys(row);
    if (moved) for (const o of moved) o.added(row);
    this.writes++;
    return row;
  }

  /** Remove the row; false when there was none. */
  delete(id: number): boolean {
    const row = this.get(id);
    if (!row) return false;
    for (const o of this.observers) o.removed(row);
    this.removeKeys(row);
    this.rows[id] = undefined;
    this.count--;
    this.writes++;
    return true;
  }

  /** The rows (copied by `clone`) and the counter. */
  dump(clone: (rows: T[]) => T[]): TableState<T> {
    return { rows: clone(this.toArray()), next: this.next };
  }

  /** Replace everything with `state` (rows copied by `clone`). */
  load(state: TableState<T>, clone: (rows: T[]) => T[]): void {
    this.rows = [undefined];
    this.count = 0;
    this.writes++;
    for (const index of this.keys.values()) index.clear();
    for (const o of this.observers) o.cleared();
    for (const row of clone(state.rows)) {
      this.addKeys(row);
      this.rows[row.id] = row;
      this.count++;
      for (const o of this.observers) o.added(row);
    }
    // Fill holes left by deleted ids so the array stays packed.
    for (let i = 0; i < this.rows.length; i++) if (!(i in this.rows)) this.rows[i] = undefined;
    this.next = state.next;
  }

  private addKeys(row: T): void {
    for (const [field, index] of this.keys) {
      const value = row[field];
      const holder = index.get(value);
      if (holder !== undefined && holder !== row) throw new Error(`duplicate ${String(field)} ${String(value)}`);
      index.set(value, row);
    }
  }

  private removeKeys(row: T): void {
    for (const [field, index] of this.keys) if (index.get(row[field]) === row) index.delete(row[field]);
  }
}

/** Iterates the live rows of a table's slot array (a plain class: several times cheaper than a generator). */
class RowIterator<T> implements IterableIterator<T> {
  private i = 0;
  constructor(private readonly rows: (T | undefined)[]) {}
  next(): IteratorResult<T> {
    const rows = this.rows;
    while (++this.i < rows.length) {
      const r = rows[this.i];
      if (r !== undefined) return { done: false, value: r };
    }
    return { done: true, value: undefined };
  }
  [Symbol.iterator](): IterableIterator<T> {
    return this;
  }
}

/** Several tables' states by name (a store's snapshot). */
export type TablesState = Record<string, TableState<Row>>;

const copyRows = <T>(rows: T[]): T[] => structuredClone(rows);

/** Every table among an object's own properties (a store's), by property name. */
function tablesOf(holder: object): [string, Table<Row>][] {
  return Object.entries(holder).filter((e): e is [string, Table<Row>] => e[1] instanceof Table);
}

/** A deep copy of every table of a store (its rows and id counters), by property name. */
export function snapshotTables(holder: object): TablesState {
  return Object.fromEntries(tablesOf(holder).map(([name, t]) => [name, t.dump(copyRows)]));
}

/** Put back what `snapshotTables` took (copied, so the snapshot can be restored again). */
export function restoreTables(holder: object, state: TablesState): void {
  for (const [name, t] of tablesOf(holder)) t.load(state[name], copyRows);
}

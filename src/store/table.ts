import type { Row } from './types.js';

/**
 * One collection of rows by id, with its own id counter. Handlers change
 * time entries only through the Store's methods (which keep the indexes);
 * every other table is written through these.
 */
export class Table<T extends Row> {
  private rows = new Map<number, T>();
  private next = 1;

  get(id: number): T | undefined {
    return this.rows.get(id);
  }

  /** Rows in id order (insertion order: ids only grow). */
  all(): IterableIterator<T> {
    return this.rows.values();
  }

  get size(): number {
    return this.rows.size;
  }

  insert(row: Omit<T, 'id'>): T {
    const full = { ...row, id: this.next++ } as T;
    this.rows.set(full.id, full);
    return full;
  }

  update(id: number, patch: Partial<Omit<T, 'id'>>): T {
    const row = this.rows.get(id);
    if (!row) throw new Error(`no row ${id}`);
    Object.assign(row, patch);
    return row;
  }

  delete(id: number): boolean {
    return this.rows.delete(id);
  }

  /** A deep copy of the rows and the counter. */
  dump(): { rows: T[]; next: number } {
    return { rows: structuredClone([...this.rows.values()]), next: this.next };
  }

  load(state: { rows: T[]; next: number }): void {
    this.rows = new Map(structuredClone(state.rows).map((r) => [r.id, r]));
    this.next = state.next;
  }
}

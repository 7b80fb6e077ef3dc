/**
 * Text search over finished time entries' notes and tags: each distinct
 * text (src/store/text-dictionary.ts) holds the entries that carry it, in
 * (start, id) order, for everyone and per user (a user's runs are built
 * from the user's entries on the user's first search, then kept current;
 * seeding builds only the runs for everyone). A search merges the runs
 * of the matching texts from their newest ends and stops at the limit, so
 * it touches the matching texts and the entries it returns, never the
 * entries that do not match.
 *
 * @example
 * const text = new EntryTextIndex();
 * text.add(e);
 * text.search('client', 10, userId); // newest first
 */
import { SortedRun } from '../sorted-run.js';
import { TextDictionary } from '../text-dictionary.js';
import type { TimeEntryRow } from './types.js';

interface Postings {
  all: SortedRun<TimeEntryRow>;
  byUser: Map<number, SortedRun<TimeEntryRow>>;
}

const newer = (a: TimeEntryRow, b: TimeEntryRow): boolean => a.start > b.start || (a.start === b.start && a.id > b.id);

/** A run being merged from its newest end: its next position and entry. */
interface Head {
  run: SortedRun<TimeEntryRow>;
  pos: number;
  entry: TimeEntryRow;
}

export class EntryTextIndex {
  private readonly dict = new TextDictionary<Postings>(() => ({ all: new SortedRun<TimeEntryRow>(), byUser: new Map() }));
  /** Users whose runs exist. */
  private readonly usersBuilt = new Set<number>();

  /** @param finishedOf a user's finished entries in (start, id) order (to build the user's runs) */
  constructor(private readonly finishedOf: (userId: number) => Iterable<TimeEntryRow>) {}

  /** Distinct texts indexed. */
  get texts(): number {
    return this.dict.size;
  }

  clear(): void {
    this.dict.clear();
    this.usersBuilt.clear();
  }

  private userRuns(userId: number): void {
    if (this.usersBuilt.has(userId)) return;
    for (const e of this.finishedOf(userId)) {
      const { notes, tags } = e;
      if (notes) this.userRun(this.dict.payload(notes), userId).append(e);
      if (tags && tags !== notes) this.userRun(this.dict.payload(tags), userId).append(e);
    }
    this.usersBuilt.add(userId);
  }

  private userRun(p: Postings, userId: number): SortedRun<TimeEntryRow> {
    let run = p.byUser.get(userId);
    if (run === undefined) p.byUser.set(userId, (run = new SortedRun<TimeEntryRow>()));
    return run;
  }

  /** Index a finished entry under its current notes, tags, user and start. Running timers are never searched. */
  add(e: TimeEntryRow): void {
    this.put(e, false);
  }

  /** `add` for an entry that sorts after every indexed one (bulk building from sorted input). */
  append(e: TimeEntryRow): void {
    this.put(e, true);
  }

  private put(e: TimeEntryRow, last: boolean): void {
    if (e.end === null) return;
    const { notes, tags } = e;
    if (notes) this.putText(notes, e, last);
    if (tags && tags !== notes) this.putText(tags, e, last);
  }

  private putText(text: string, e: TimeEntryRow, last: boolean): void {
    const p = this.dict.payload(text);
    const run = this.usersBuilt.size > 0 && this.usersBuilt.has(e.user_id) ? this.userRun(p, e.user_id) : undefined;
    if (last) {
      p.all.append(e, 0);
      run?.append(e, 0);
    } else {
      p.all.add(e);
      run?.add(e);
    }
  }

  /** Unindex an entry, looked up under its current fields (call before changing them). */
  remove(e: TimeEntryRow): void {
    if (e.end === null) return;
    const { notes, tags } = e;
    if (notes) this.removeText(notes, e);
    if (tags && tags !== notes) this.removeText(tags, e);
  }

  private removeText(text: string, e: TimeEntryRow): void {
    const p = this.dict.peek(text);
    if (p === undefined) return;
    p.all.remove(e);
    const run = p.byUser.get(e.user_id);
    if (run !== undefined) {
      run.remove(e);
      if (run.size === 0) p.byUser.delete(e.user_id);
    }
    if (p.all.size === 0) this.dict.drop(text);
  }

  /**
   * Finished entries whose notes or tags contain `query` (case-insensitive
   * substring, as `ILIKE '%query%'`), newest start first (ties: highest id),
   * at most `limit`; only `userId`'s when given.
   */
  search(query: string, limit: number, userId?: number): TimeEntryRow[] {
    if (userId !== undefined) this.userRuns(userId);
    const heads: Head[] = [];
    for (const p of this.dict.matching(query.toLowerCase())) {
      const run = userId === undefined ? p.all : p.byUser.get(userId);
      if (run !== undefined && run.size > 0) heads.push({ run, pos: run.size - 1, entry: run.at(run.size - 1) });
    }
    // A max-heap of heads by (start, id): each step takes the newest.
    const less = (i: number, j: number) => newer(heads[j].entry, heads[i].entry);
    const swap = (i: number, j: number) => {
      const t = heads[i];
      heads[i] = heads[j];
      heads[j] = t;
    };
    const down = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let top = i;
        if (l < heads.length && less(top, l)) top = l;
        if (r < heads.length && less(top, r)) top = r;
        if (top === i) return;
        swap(i, top);
        i = top;
      }
    };
    for (let i = (heads.length >>> 1) - 1; i >= 0; i--) down(i);
    const out: TimeEntryRow[] = [];
    while (heads.length > 0 && out.length < limit) {
      const h = heads[0];
      // An entry whose notes and tags both match sits in two runs: take it once.
      if (out[out.length - 1] !== h.entry) out.push(h.entry);
      if (h.pos > 0) {
        h.pos--;
        h.entry = h.run.at(h.pos);
      } else {
        const last = heads.pop() as Head;
        if (heads.length === 0) break;
        heads[0] = last;
      }
      down(0);
    }
    return out;
  }
}

/**
 * The time-entry index: every entry sits in a few sorted runs, so a page of
 * any filter (user, project, client, start range, billable, running or not)
 * is found by binary search and counted exactly without looking at the
 * entries outside the page.
 *
 * Layout. Entries are grouped along six dimensions: all entries, by user,
 * by project, by (user, project), and, for entries booked to a client
 * directly (no project), by client and by (user, client). Inside a group,
 * entries are split into four disjoint partitions by (running?, billable?),
 * each a run sorted by (start, id). A filter picks the groups (the client
 * filter takes the client's projects plus its direct group) and the
 * partitions (billable and running flags), cuts each run to the start range
 * with two binary searches, and the page is the k-th..(k+n)-th newest of
 * those disjoint ranges: no residual filter, so the total is the sum of the
 * range lengths.
 */
import type { TimeEntryRow } from './types.js';

/** A list of entries sorted by (start, id), ascending. */
export class SortedRun {
  readonly items: TimeEntryRow[] = [];

  /** First index whose (start, id) >= (start, id). */
  lowerBound(start: number, id: number, lo = 0, hi = this.items.length): number {
    const items = this.items;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = items[mid];
      if (m.start < start || (m.start === start && m.id < id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First index whose (start, id) > (start, id). */
  upperBound(start: number, id: number, lo = 0, hi = this.items.length): number {
    const items = this.items;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = items[mid];
      if (m.start < start || (m.start === start && m.id <= id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(e: TimeEntryRow): void {
    const items = this.items;
    const last = items[items.length - 1];
    // New entries are mostly the newest: append without searching.
    if (last === undefined || last.start < e.start || (last.start === e.start && last.id < e.id)) items.push(e);
    else items.splice(this.lowerBound(e.start, e.id), 0, e);
  }

  remove(e: TimeEntryRow): boolean {
    const i = this.lowerBound(e.start, e.id);
    if (this.items[i] !== e) return false;
    if (i === this.items.length - 1) this.items.pop();
    else this.items.splice(i, 1);
    return true;
  }
}

/** Partition of an entry inside a group: bit 1 = running, bit 0 = billable. */
const partOf = (e: TimeEntryRow): number => (e.end === null ? 2 : 0) | (e.billable ? 1 : 0);

/** The four partitions of one group. */
class Group {
  readonly parts: (SortedRun | undefined)[] = [undefined, undefined, undefined, undefined];
  run(part: number): SortedRun {
    return (this.parts[part] ??= new SortedRun());
  }
}

/** What an index query selects. `from`/`to` bound `start`, both inclusive. */
export interface IndexFilter {
  userId?: number;
  projectId?: number;
  /** The entry's client: its project's client, or its own `client_id` when it has no project. */
  clientId?: number;
  from?: number;
  to?: number;
  billable?: boolean;
  /** Also running timers (default: finished entries only). */
  includeActive?: boolean;
  /** Only running timers (wins over `includeActive`). */
  activeOnly?: boolean;
}

/** What the index needs to know about projects (they change without it). */
export interface ProjectLookup {
  clientOfProject(projectId: number): number | null | undefined;
  projectIdsOfClient(clientId: number): Iterable<number>;
}

/** A run cut to a range: items[lo, hi). */
interface Slice {
  items: TimeEntryRow[];
  run: SortedRun;
  lo: number;
  hi: number;
}

/** Below this offset a page is found by merging from the newest end; above, by rank search. */
const MERGE_OFFSET_LIMIT = 512;

const getGroup = <K>(map: Map<K, Group>, key: K): Group => {
  let g = map.get(key);
  if (!g) map.set(key, (g = new Group()));
  return g;
};
const getNested = (map: Map<number, Map<number, Group>>, a: number, b: number): Group => {
  let inner = map.get(a);
  if (!inner) map.set(a, (inner = new Map()));
  return getGroup(inner, b);
};

export class EntryIndex {
  private everyone = new Group();
  private byUser = new Map<number, Group>();
  private byProject = new Map<number, Group>();
  private byUserProject = new Map<number, Map<number, Group>>();
  private byClient = new Map<number, Group>();
  private byUserClient = new Map<number, Map<number, Group>>();

  constructor(private readonly projects: ProjectLookup) {}

  clear(): void {
    this.everyone = new Group();
    this.byUser.clear();
    this.byProject.clear();
    this.byUserProject.clear();
    this.byClient.clear();
    this.byUserClient.clear();
  }

  /** The runs an entry belongs to, under its current field values. */
  private runsOf(e: TimeEntryRow): SortedRun[] {
    const part = partOf(e);
    const out = [this.everyone.run(part), getGroup(this.byUser, e.user_id).run(part)];
    if (e.project_id !== null) {
      out.push(getGroup(this.byProject, e.project_id).run(part), getNested(this.byUserProject, e.user_id, e.project_id).run(part));
    } else if (e.client_id !== null) {
      out.push(getGroup(this.byClient, e.client_id).run(part), getNested(this.byUserClient, e.user_id, e.client_id).run(part));
    }
    return out;
  }

  add(e: TimeEntryRow): void {
    for (const run of this.runsOf(e)) run.add(e);
  }

  /** Remove an entry, looked up under its current field values (call before changing them). */
  remove(e: TimeEntryRow): void {
    for (const run of this.runsOf(e)) run.remove(e);
  }

  /**
   * Append an entry known to sort after everything indexed (bulk building
   * from sorted input). The hot loop of seeding a million entries: no
   * allocation beyond the runs themselves.
   */
  append(e: TimeEntryRow): void {
    const part = partOf(e);
    this.everyone.run(part).items.push(e);
    getGroup(this.byUser, e.user_id).run(part).items.push(e);
    if (e.project_id !== null) {
      getGroup(this.byProject, e.project_id).run(part).items.push(e);
      getNested(this.byUserProject, e.user_id, e.project_id).run(part).items.push(e);
    } else if (e.client_id !== null) {
      getGroup(this.byClient, e.client_id).run(part).items.push(e);
      getNested(this.byUserClient, e.user_id, e.client_id).run(part).items.push(e);
    }
  }

  /** The groups a filter selects (disjoint). */
  private groups(f: IndexFilter): Group[] {
    const { userId, projectId, clientId } = f;
    const projectGroup = (p: number) =>
      userId !== undefined ? this.byUserProject.get(userId)?.get(p) : this.byProject.get(p);
    const out: (Group | undefined)[] = [];
    if (projectId !== undefined) {
      if (clientId === undefined || this.projects.clientOfProject(projectId) === clientId) out.push(projectGroup(projectId));
    } else if (clientId !== undefined) {
      for (const p of this.projects.projectIdsOfClient(clientId)) out.push(projectGroup(p));
      out.push(userId !== undefined ? this.byUserClient.get(userId)?.get(clientId) : this.byClient.get(clientId));
    } else {
      out.push(userId !== undefined ? this.byUser.get(userId) : this.everyone);
    }
    return out.filter((g): g is Group => g !== undefined);
  }

  /** The non-empty slices of the runs a filter selects, cut to its start range. */
  private slices(f: IndexFilter): Slice[] {
    const parts = [0, 1, 2, 3].filter((p) => {
      const running = (p & 2) !== 0;
      if (f.activeOnly) {
        if (!running) return false;
      } else if (running && !f.includeActive) return false;
      return f.billable === undefined || ((p & 1) !== 0) === f.billable;
    });
    const from = f.from ?? -Infinity;
    const to = f.to ?? Infinity;
    const out: Slice[] = [];
    for (const g of this.groups(f)) {
      for (const p of parts) {
        const run = g.parts[p];
        if (!run || run.items.length === 0) continue;
        const lo = from === -Infinity ? 0 : run.lowerBound(from, -Infinity);
        const hi = to === Infinity ? run.items.length : run.upperBound(to, Infinity);
        if (hi > lo) out.push({ items: run.items, run, lo, hi });
      }
    }
    return out;
  }

  /** How many entries match. O(runs x log n). */
  count(f: IndexFilter): number {
    let n = 0;
    for (const s of this.slices(f)) n += s.hi - s.lo;
    return n;
  }

  /**
   * Matching entries newest first (by start, then id), skipping `offset`,
   * at most `limit`; and the exact total.
   */
  page(f: IndexFilter, offset: number, limit: number): { items: TimeEntryRow[]; total: number } {
    const slices = this.slices(f);
    let total = 0;
    for (const s of slices) total += s.hi - s.lo;
    const items: TimeEntryRow[] = [];
    if (offset >= total || limit <= 0) return { items, total };
    if (slices.length === 1) {
      const s = slices[0];
      for (let i = s.hi - 1 - offset; i >= s.lo && items.length < limit; i--) items.push(s.items[i]);
      return { items, total };
    }
    // Heads: for each slice, the index of its next (newest remaining) entry.
    const heads = offset < MERGE_OFFSET_LIMIT ? slices.map((s) => s.hi - 1) : this.headsAtRank(slices, offset);
    let skip = offset < MERGE_OFFSET_LIMIT ? offset : 0;
    while (items.length < limit) {
      let best = -1;
      let bestEntry: TimeEntryRow | undefined;
      for (let j = 0; j < slices.length; j++) {
        if (heads[j] < slices[j].lo) continue;
        const e = slices[j].items[heads[j]];
        if (!bestEntry || e.start > bestEntry.start || (e.start === bestEntry.start && e.id > bestEntry.id)) {
          best = j;
          bestEntry = e;
        }
      }
      if (!bestEntry) break;
      heads[best]--;
      if (skip > 0) skip--;
      else items.push(bestEntry);
    }
    return { items, total };
  }

  /**
   * For the entry at newest-first position `rank` of the union of the
   * slices, the heads from which a newest-first merge yields it first. Found
   * by binary search inside each slice on the entry's rank (the number of
   * entries newer than it, counted by binary search in every slice).
   */
  private headsAtRank(slices: Slice[], rank: number): number[] {
    const newerThan = (e: TimeEntryRow): number => {
      let n = 0;
      for (const s of slices) n += s.hi - s.run.upperBound(e.start, e.id, s.lo, s.hi);
      return n;
    };
    for (const s of slices) {
      // Within a slice, rank decreases as the index grows: find the index with rank == rank.
      let lo = s.lo;
      let hi = s.hi;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (newerThan(s.items[mid]) > rank) lo = mid + 1;
        else hi = mid;
      }
      if (lo < s.hi && newerThan(s.items[lo]) === rank) {
        const target = s.items[lo];
        // Every slice's head: its last entry not newer than the target.
        return slices.map((t) => t.run.upperBound(target.start, target.id, t.lo, t.hi) - 1);
      }
    }
    throw new Error('entry index: rank out of range');
  }

  /** Every matching entry in start order (oldest first, or newest first). */
  *entries(f: IndexFilter, newestFirst = false): Generator<TimeEntryRow> {
    const slices = this.slices(f);
    if (slices.length === 1) {
      const { items, lo, hi } = slices[0];
      if (newestFirst) for (let i = hi - 1; i >= lo; i--) yield items[i];
      else for (let i = lo; i < hi; i++) yield items[i];
      return;
    }
    const heads = slices.map((s) => (newestFirst ? s.hi - 1 : s.lo));
    for (;;) {
      let best = -1;
      let bestEntry: TimeEntryRow | undefined;
      for (let j = 0; j < slices.length; j++) {
        const s = slices[j];
        if (newestFirst ? heads[j] < s.lo : heads[j] >= s.hi) continue;
        const e = s.items[heads[j]];
        const better =
          !bestEntry ||
          (newestFirst
            ? e.start > bestEntry.start || (e.start === bestEntry.start && e.id > bestEntry.id)
            : e.start < bestEntry.start || (e.start === bestEntry.start && e.id < bestEntry.id));
        if (better) {
          best = j;
          bestEntry = e;
        }
      }
      if (!bestEntry) return;
      heads[best] += newestFirst ? -1 : 1;
      yield bestEntry;
    }
  }
}

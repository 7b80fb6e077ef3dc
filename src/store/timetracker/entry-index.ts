/**
 * The time-entry index: every entry sits in a few sorted runs, so a page of
 * any filter (user, project, client, start range, billable, running or not)
 * is found by binary search and counted exactly without looking at the
 * entries outside the page.
 *
 * Layout. Entries are grouped along six dimensions: all entries, by user,
 * by project, by (user, project), and, for entries booked to a client
 * directly (no project), by client and by (user, client); a user's
 * (user, project) and (user, client) groups are built from the user's runs
 * when a filter first needs them, then kept current. Inside a group,
 * entries are split into four disjoint partitions by (running?, billable?),
 * each a run sorted by (start, id). A filter picks the groups (the client
 * filter takes the client's projects plus its direct group) and the
 * partitions (billable and running flags), cuts each run to the start range
 * with two binary searches, and the page is the k-th..(k+n)-th newest of
 * those disjoint ranges: no residual filter, so the total is the sum of the
 * range lengths. Finished runs also sum their entries' seconds and keep
 * their latest end per block (src/store/sorted-run.ts), for reports and the
 * overlap check.
 */
import { SortedRun } from '../sorted-run.js';
import type { TimeEntryRow } from './types.js';

/** Seconds a finished entry counts: duration rounded to the second, minus breaks, never negative. */
export function finishedSeconds(e: TimeEntryRow): number {
  return e.end === null ? 0 : Math.max(0, Math.round((e.end - e.start) / 1000) - e.break_seconds);
}

/** Partition of an entry inside a group: bit 1 = running, bit 0 = billable. */
const partOf = (e: TimeEntryRow): number => (e.end === null ? 2 : 0) | (e.billable ? 1 : 0);

const endOf = (e: TimeEntryRow): number => e.end ?? -Infinity;

/** The four partitions of one group; finished ones also sum their entries' seconds and know their latest ends. */
class Group {
  readonly parts: (SortedRun<TimeEntryRow> | undefined)[] = [undefined, undefined, undefined, undefined];
  run(part: number): SortedRun<TimeEntryRow> {
    return (this.parts[part] ??= new SortedRun<TimeEntryRow>(part & 2 ? {} : { weight: finishedSeconds, max: endOf }));
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

/** A run cut to a range: positions [lo, hi). */
interface Slice {
  run: SortedRun<TimeEntryRow>;
  lo: number;
  hi: number;
  /** Finished and billable (bit 0 of the partition). */
  billable: boolean;
}

/** Finished entries counted and summed: how many, their seconds, the billable ones' seconds. */
export interface EntrySums {
  count: number;
  seconds: number;
  billableSeconds: number;
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

const newer = (a: TimeEntryRow, b: TimeEntryRow): boolean => a.start > b.start || (a.start === b.start && a.id > b.id);

export class EntryIndex {
  private everyone = new Group();
  private byUser = new Map<number, Group>();
  private byProject = new Map<number, Group>();
  private byUserProject = new Map<number, Map<number, Group>>();
  private byClient = new Map<number, Group>();
  private byUserClient = new Map<number, Map<number, Group>>();
  /**
   * Users whose (user, project) and (user, client) groups exist: built from
   * the user's own runs the first time a filter needs them, kept current
   * from then on. Seeding a million entries builds none of them.
   */
  private nestedBuilt = new Set<number>();

  constructor(private readonly projects: ProjectLookup) {}

  clear(): void {
    this.everyone = new Group();
    this.byUser.clear();
    this.byProject.clear();
    this.byUserProject.clear();
    this.byClient.clear();
    this.byUserClient.clear();
    this.nestedBuilt.clear();
  }

  /** The runs an entry belongs to, under its current field values. */
  private runsOf(e: TimeEntryRow): SortedRun<TimeEntryRow>[] {
    const part = partOf(e);
    const nested = this.nestedBuilt.has(e.user_id);
    const out = [this.everyone.run(part), getGroup(this.byUser, e.user_id).run(part)];
    if (e.project_id !== null) {
      out.push(getGroup(this.byProject, e.project_id).run(part));
      if (nested) out.push(getNested(this.byUserProject, e.user_id, e.project_id).run(part));
    } else if (e.client_id !== null) {
      out.push(getGroup(this.byClient, e.client_id).run(part));
      if (nested) out.push(getNested(this.byUserClient, e.user_id, e.client_id).run(part));
    }
    return out;
  }

  /** Build a user's (user, project) and (user, client) groups from the user's runs, once. */
  private nestedOf(userId: number): void {
    if (this.nestedBuilt.has(userId)) return;
    this.nestedBuilt.add(userId);
    const g = this.byUser.get(userId);
    if (!g) return;
    for (let part = 0; part < 4; part++) {
      const run = g.parts[part];
      if (!run) continue;
      // Each partition run is in (start, id) order: appending keeps the nested runs sorted.
      for (const e of run.range(0, run.size)) {
        if (e.project_id !== null) getNested(this.byUserProject, userId, e.project_id).run(part).append(e);
        else if (e.client_id !== null) getNested(this.byUserClient, userId, e.client_id).run(part).append(e);
      }
    }
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
   * search, no shifting, one seconds computation.
   */
  append(e: TimeEntryRow): void {
    const part = partOf(e);
    const w = finishedSeconds(e);
    this.everyone.run(part).append(e, w);
    getGroup(this.byUser, e.user_id).run(part).append(e, w);
    const nested = this.nestedBuilt.size > 0 && this.nestedBuilt.has(e.user_id);
    if (e.project_id !== null) {
      getGroup(this.byProject, e.project_id).run(part).append(e, w);
      if (nested) getNested(this.byUserProject, e.user_id, e.project_id).run(part).append(e, w);
    } else if (e.client_id !== null) {
      getGroup(this.byClient, e.client_id).run(part).append(e, w);
      if (nested) getNested(this.byUserClient, e.user_id, e.client_id).run(part).append(e, w);
    }
  }

  /** The groups a filter selects (disjoint). */
  private groups(f: IndexFilter): Group[] {
    const { userId, projectId, clientId } = f;
    if (userId !== undefined && (projectId !== undefined || clientId !== undefined)) this.nestedOf(userId);
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

  /** The partitions a filter selects. */
  private static parts(f: IndexFilter): number[] {
    const out: number[] = [];
    for (let p = 0; p < 4; p++) {
      const running = (p & 2) !== 0;
      if (f.activeOnly ? !running : running && !f.includeActive) continue;
      if (f.billable === undefined || ((p & 1) !== 0) === f.billable) out.push(p);
    }
    return out;
  }

  /** The non-empty slices of a group's selected partitions, cut to the filter's start range. */
  private static cut(g: Group, parts: number[], f: IndexFilter, out: Slice[]): void {
    const from = f.from ?? -Infinity;
    const to = f.to ?? Infinity;
    for (const p of parts) {
      const run = g.parts[p];
      if (!run || run.size === 0) continue;
      const lo = from === -Infinity ? 0 : run.lowerBound(from, -Infinity);
      const hi = to === Infinity ? run.size : run.upperBound(to, Infinity);
      if (hi > lo) out.push({ run, lo, hi, billable: (p & 1) !== 0 });
    }
  }

  /** The non-empty slices of the runs a filter selects, cut to its start range. */
  private slices(f: IndexFilter): Slice[] {
    const parts = EntryIndex.parts(f);
    const out: Slice[] = [];
    for (const g of this.groups(f)) EntryIndex.cut(g, parts, f, out);
    return out;
  }

  /** How many entries match. O(runs x log n). */
  count(f: IndexFilter): number {
    let n = 0;
    for (const s of this.slices(f)) n += s.hi - s.lo;
    return n;
  }

  /**
   * A finished entry of the user that starts in [from, before) and ends
   * after `after` (other than `exceptId`), if any: the overlap check. Blocks
   * of entries that all end by `after` are skipped unseen.
   */
  endingAfter(userId: number, from: number, before: number, after: number, exceptId?: number): TimeEntryRow | undefined {
    const g = this.byUser.get(userId);
    if (!g) return undefined;
    for (const p of [0, 1]) {
      const run = g.parts[p];
      if (!run || run.size === 0) continue;
      const found = run.newestAbove(run.lowerBound(from, -Infinity), run.lowerBound(before, -Infinity), after, (e) => e.id !== exceptId);
      if (found) return found;
    }
    return undefined;
  }

  /** Count and seconds of the matching finished entries (running timers are never counted). O(runs x log n). */
  sums(f: IndexFilter): EntrySums {
    return EntryIndex.total(this.slices({ ...f, includeActive: false, activeOnly: false }));
  }

  private static total(slices: Slice[]): EntrySums {
    const out: EntrySums = { count: 0, seconds: 0, billableSeconds: 0 };
    for (const s of slices) {
      const seconds = s.run.sum(s.lo, s.hi);
      out.count += s.hi - s.lo;
      out.seconds += seconds;
      if (s.billable) out.billableSeconds += seconds;
    }
    return out;
  }

  /**
   * The matching finished entries' sums per project (entries booked to a
   * project) and per client (entries booked to a client directly), for a
   * filter on user, project, start range and billable (no client filter).
   * Only keys with at least one matching entry appear. O(keys x log n).
   */
  sumsByKey(f: Omit<IndexFilter, 'clientId' | 'includeActive' | 'activeOnly'>): { projects: Map<number, EntrySums>; clients: Map<number, EntrySums> } {
    const parts = EntryIndex.parts({ billable: f.billable });
    const projects = new Map<number, EntrySums>();
    const clients = new Map<number, EntrySums>();
    const collect = (groups: Map<number, Group> | undefined, out: Map<number, EntrySums>, only?: number) => {
      if (!groups) return;
      const keys = only !== undefined ? [only] : groups.keys();
      for (const key of keys) {
        const g = groups.get(key);
        if (!g) continue;
        const slices: Slice[] = [];
        EntryIndex.cut(g, parts, f, slices);
        if (slices.length > 0) out.set(key, EntryIndex.total(slices));
      }
    };
    const { userId } = f;
    if (userId !== undefined) this.nestedOf(userId);
    collect(userId !== undefined ? this.byUserProject.get(userId) : this.byProject, projects, f.projectId);
    if (f.projectId === undefined) collect(userId !== undefined ? this.byUserClient.get(userId) : this.byClient, clients);
    return { projects, clients };
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
      s.run.collectNewestFirst(s.hi - 1 - offset, s.lo, limit, items);
      return { items, total };
    }
    // Heads: for each slice, the position of its next (newest remaining) entry, and that entry.
    const heads = offset < MERGE_OFFSET_LIMIT ? slices.map((s) => s.hi - 1) : this.headsAtRank(slices, offset);
    const headEntries = slices.map((s, j) => (heads[j] >= s.lo ? s.run.at(heads[j]) : undefined));
    let skip = offset < MERGE_OFFSET_LIMIT ? offset : 0;
    while (items.length < limit) {
      let best = -1;
      let bestEntry: TimeEntryRow | undefined;
      for (let j = 0; j < slices.length; j++) {
        const e = headEntries[j];
        if (e !== undefined && (!bestEntry || newer(e, bestEntry))) {
          best = j;
          bestEntry = e;
        }
      }
      if (!bestEntry) break;
      const s = slices[best];
      heads[best]--;
      headEntries[best] = heads[best] >= s.lo ? s.run.at(heads[best]) : undefined;
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
    const clamp = (v: number, s: Slice) => Math.min(s.hi, Math.max(s.lo, v));
    const newerThan = (e: TimeEntryRow): number => {
      let n = 0;
      for (const s of slices) n += s.hi - clamp(s.run.upperBound(e.start, e.id), s);
      return n;
    };
    for (const s of slices) {
      // Within a slice, rank decreases as the position grows: find the position with rank == rank.
      let lo = s.lo;
      let hi = s.hi;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (newerThan(s.run.at(mid)) > rank) lo = mid + 1;
        else hi = mid;
      }
      if (lo < s.hi && newerThan(s.run.at(lo)) === rank) {
        const target = s.run.at(lo);
        // Every slice's head: its last entry not newer than the target.
        return slices.map((t) => clamp(t.run.upperBound(target.start, target.id), t) - 1);
      }
    }
    throw new Error('entry index: rank out of range');
  }

  /** Every matching entry in start order (oldest first, or newest first). */
  *entries(f: IndexFilter, newestFirst = false): Generator<TimeEntryRow> {
    const slices = this.slices(f);
    if (slices.length === 1) {
      const { run, lo, hi } = slices[0];
      yield* run.range(lo, hi, newestFirst);
      return;
    }
    const iters = slices.map((s) => s.run.range(s.lo, s.hi, newestFirst));
    const heads = iters.map((it) => it.next().value as TimeEntryRow | undefined);
    for (;;) {
      let best = -1;
      let bestEntry: TimeEntryRow | undefined;
      for (let j = 0; j < heads.length; j++) {
        const e = heads[j];
        if (e === undefined) continue;
        if (!bestEntry || (newestFirst ? newer(e, bestEntry) : newer(bestEntry, e))) {
          best = j;
          bestEntry = e;
        }
      }
      if (!bestEntry) return;
      heads[best] = iters[best].next().value as TimeEntryRow | undefined;
      yield bestEntry;
    }
  }
}

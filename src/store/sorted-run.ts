/**
 * A sorted run: rows ordered by (start, id), stored in blocks of a few
 * hundred, with the count (and optionally a weight sum) of the rows before
 * every block. Positions, ranks and range sums are found by binary search,
 * and a write moves at most one block's worth of slots plus one number per
 * block: inserting into the middle of a million rows touches ~4,000 numbers,
 * not a million pointers (a flat array's splice).
 *
 * Each block may also keep the largest value of a second key (for time
 * entries: the end), so "is there a row in this range whose end is after
 * t?" skips whole blocks (`newestAbove`).
 *
 * Positions are global (0 = oldest). The weight and the key (a finished
 * entry's seconds and end) must not change while the row is in the run:
 * remove it, change it, add it back.
 *
 * @example
 * const run = new SortedRun<TimeEntryRow>({ weight: finishedSeconds, max: (e) => e.end ?? 0 });
 * run.add(e);
 * const lo = run.lowerBound(from, -Infinity), hi = run.upperBound(to, Infinity);
 * run.sum(lo, hi); // seconds of the rows starting in [from, to]
 */

/** What a run can hold: anything with a start and an id. */
export interface Keyed {
  id: number;
  start: number;
}

/** Rows per block when built in bulk; a block splits in two at twice this. */
const LOAD = 256;

const NONE: number[] = Object.freeze([]) as unknown as number[];

const before = (a: Keyed, start: number, id: number): boolean => a.start < start || (a.start === start && a.id < id);
const notAfter = (a: Keyed, start: number, id: number): boolean => a.start < start || (a.start === start && a.id <= id);

export class SortedRun<T extends Keyed> {
  /** Non-empty blocks, each sorted, in order. */
  private blocks: T[][] = [];
  /** Rows before each block. */
  private starts: number[] = [];
  /** Weight of each block, and of the rows before it (only with a weight function). */
  private weights: number[];
  private weightsBefore: number[];
  /** Largest `max` key of each block (only with a `max` function). */
  private maxes: number[];
  private count = 0;
  private total = 0;
  private readonly weight?: (row: T) => number;
  private readonly max?: (row: T) => number;
  private readonly load: number;

  /**
   * @param o.weight what `sum` adds up (none: `sum` is 0)
   * @param o.max a key whose largest value per block `newestAbove` uses
   * @param o.load rows per block when built in bulk; a block splits at twice this (small values for tests)
   */
  constructor(o: { weight?: (row: T) => number; max?: (row: T) => number; load?: number } = {}) {
    this.weight = o.weight;
    this.max = o.max;
    this.load = o.load ?? LOAD;
    // Runs without weights or keys (most of the text index's) share one empty list: never written.
    this.weights = o.weight ? [] : NONE;
    this.weightsBefore = o.weight ? [] : NONE;
    this.maxes = o.max ? [] : NONE;
  }

  get size(): number {
    return this.count;
  }

  /** Sum of all weights. */
  get weightTotal(): number {
    return this.total;
  }

  /** The block holding position `pos` (0 <= pos < size). */
  private blockAt(pos: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The first block whose last row is not before (start, id) (or `strict`: is after it); blocks.length if none. */
  private blockFor(start: number, id: number, strict: boolean): number {
    const blocks = this.blocks;
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const b = blocks[mid];
      const last = b[b.length - 1];
      if (strict ? notAfter(last, start, id) : before(last, start, id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private static inBlock<T extends Keyed>(b: T[], start: number, id: number, strict: boolean): number {
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (strict ? notAfter(b[mid], start, id) : before(b[mid], start, id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Position of the first row whose (start, id) >= (start, id). */
  lowerBound(start: number, id: number): number {
    const bi = this.blockFor(start, id, false);
    if (bi === this.blocks.length) return this.count;
    return this.starts[bi] + SortedRun.inBlock(this.blocks[bi], start, id, false);
  }

  /** Position of the first row whose (start, id) > (start, id). */
  upperBound(start: number, id: number): number {
    const bi = this.blockFor(start, id, true);
    if (bi === this.blocks.length) return this.count;
    return this.starts[bi] + SortedRun.inBlock(this.blocks[bi], start, id, true);
  }

  /** The row at a position (0 <= pos < size). */
  at(pos: number): T {
    const bi = this.blockAt(pos);
    return this.blocks[bi][pos - this.starts[bi]];
  }

  /** The newest row, if any. */
  last(): T | undefined {
    const b = this.blocks[this.blocks.length - 1];
    return b?.[b.length - 1];
  }

  /** Rows at positions [lo, hi), oldest first (or newest first), walking the blocks. */
  *range(lo: number, hi: number, newestFirst = false): Generator<T> {
    if (hi <= lo) return;
    const blocks = this.blocks;
    if (newestFirst) {
      let bi = this.blockAt(hi - 1);
      let i = hi - 1 - this.starts[bi];
      for (let pos = hi - 1; pos >= lo; pos--) {
        if (i < 0) {
          bi--;
          i = blocks[bi].length - 1;
        }
        yield blocks[bi][i--];
      }
    } else {
      let bi = this.blockAt(lo);
      let i = lo - this.starts[bi];
      for (let pos = lo; pos < hi; pos++) {
        if (i >= blocks[bi].length) {
          bi++;
          i = 0;
        }
        yield blocks[bi][i++];
      }
    }
  }

  /** Push up to `limit` rows into `out`, newest first, from position `from` down to `lo` (inclusive). */
  collectNewestFirst(from: number, lo: number, limit: number, out: T[]): void {
    if (from < lo || limit <= 0) return;
    const blocks = this.blocks;
    let bi = this.blockAt(from);
    let i = from - this.starts[bi];
    let n = 0;
    for (let pos = from; pos >= lo && n < limit; pos--, n++) {
      if (i < 0) {
        bi--;
        i = blocks[bi].length - 1;
      }
      out.push(blocks[bi][i--]);
    }
  }

  /** Sum of the weights of the rows before position `pos`. */
  private weightBefore(pos: number): number {
    const w = this.weight;
    if (!w || pos <= 0) return 0;
    if (pos >= this.count) return this.total;
    const bi = this.blockAt(pos);
    const b = this.blocks[bi];
    const off = pos - this.starts[bi];
    let s = 0;
    // Walk from the nearer end of the block.
    if (off <= b.length >>> 1) {
      for (let i = 0; i < off; i++) s += w(b[i]);
      return this.weightsBefore[bi] + s;
    }
    for (let i = off; i < b.length; i++) s += w(b[i]);
    return this.weightsBefore[bi] + this.weights[bi] - s;
  }

  /** Sum of the weights of the rows at positions [lo, hi). */
  sum(lo: number, hi: number): number {
    return hi <= lo ? 0 : this.weightBefore(hi) - this.weightBefore(lo);
  }

  /** Add a row (the newest goes to the end without searching). */
  add(row: T): void {
    const blocks = this.blocks;
    const w = this.weight ? this.weight(row) : 0;
    const lastBlock = blocks[blocks.length - 1];
    if (lastBlock === undefined) {
      this.append(row, w);
      return;
    }
    let bi: number;
    let i: number;
    const last = lastBlock[lastBlock.length - 1];
    if (before(last, row.start, row.id)) {
      // The newest row: a full last block gets a new one after it, as in bulk building (no split).
      if (lastBlock.length >= this.load) {
        this.append(row, w);
        return;
      }
      bi = blocks.length - 1;
      i = lastBlock.length;
    } else {
      bi = this.blockFor(row.start, row.id, false);
      if (bi === blocks.length) bi--;
      i = SortedRun.inBlock(blocks[bi], row.start, row.id, false);
    }
    const b = blocks[bi];
    if (i === b.length) b.push(row);
    else b.splice(i, 0, row);
    this.count++;
    this.total += w;
    const starts = this.starts;
    for (let j = bi + 1; j < starts.length; j++) starts[j]++;
    if (this.weight) {
      this.weights[bi] += w;
      const wb = this.weightsBefore;
      for (let j = bi + 1; j < wb.length; j++) wb[j] += w;
    }
    if (this.max) this.maxes[bi] = Math.max(this.maxes[bi], this.max(row));
    if (b.length >= 2 * this.load) this.split(bi);
  }

  /**
   * Append a row known to sort after every row in the run (bulk building
   * from sorted input): no search, no shifting. `w` is its weight.
   */
  append(row: T, w = this.weight ? this.weight(row) : 0): void {
    const blocks = this.blocks;
    let b = blocks[blocks.length - 1];
    if (b === undefined || b.length >= this.load) {
      b = [];
      blocks.push(b);
      this.starts.push(this.count);
      if (this.weight) {
        this.weights.push(0);
        this.weightsBefore.push(this.total);
      }
      if (this.max) this.maxes.push(-Infinity);
    }
    b.push(row);
    this.count++;
    if (this.weight) {
      this.weights[this.weights.length - 1] += w;
      this.total += w;
    }
    if (this.max) {
      const m = this.max(row);
      const last = this.maxes.length - 1;
      if (m > this.maxes[last]) this.maxes[last] = m;
    }
  }

  /** Remove a row (looked up by its current start and id); false when it is not in the run. */
  remove(row: T): boolean {
    const blocks = this.blocks;
    const bi = this.blockFor(row.start, row.id, false);
    if (bi === blocks.length) return false;
    const b = blocks[bi];
    const i = SortedRun.inBlock(b, row.start, row.id, false);
    if (b[i] !== row) return false;
    if (i === b.length - 1) b.pop();
    else b.splice(i, 1);
    const w = this.weight ? this.weight(row) : 0;
    this.count--;
    this.total -= w;
    const starts = this.starts;
    for (let j = bi + 1; j < starts.length; j++) starts[j]--;
    if (this.weight) {
      this.weights[bi] -= w;
      const wb = this.weightsBefore;
      for (let j = bi + 1; j < wb.length; j++) wb[j] -= w;
    }
    if (b.length === 0) {
      blocks.splice(bi, 1);
      starts.splice(bi, 1);
      if (this.weight) {
        this.weights.splice(bi, 1);
        this.weightsBefore.splice(bi, 1);
      }
      if (this.max) this.maxes.splice(bi, 1);
    } else if (this.max && this.max(row) >= this.maxes[bi]) this.maxes[bi] = this.blockMax(b);
    return true;
  }

  private blockMax(b: T[]): number {
    const max = this.max!;
    let m = -Infinity;
    for (const r of b) {
      const v = max(r);
      if (v > m) m = v;
    }
    return m;
  }

  /**
   * The newest row at positions [lo, hi) whose `max` key is above
   * `threshold` and that `accept` takes, if any. Blocks whose largest key is
   * not above the threshold are skipped without looking at their rows.
   */
  newestAbove(lo: number, hi: number, threshold: number, accept: (row: T) => boolean = () => true): T | undefined {
    const max = this.max;
    if (!max) throw new Error('newestAbove needs a run with a max key');
    if (hi <= lo) return undefined;
    const blocks = this.blocks;
    for (let bi = this.blockAt(hi - 1); bi >= 0; bi--) {
      const start = this.starts[bi];
      if (start + blocks[bi].length <= lo) break;
      if (this.maxes[bi] <= threshold) continue;
      const b = blocks[bi];
      for (let i = Math.min(b.length, hi - start) - 1; i >= 0 && start + i >= lo; i--) {
        if (max(b[i]) > threshold && accept(b[i])) return b[i];
      }
    }
    return undefined;
  }

  private split(bi: number): void {
    const b = this.blocks[bi];
    const right = b.splice(b.length >>> 1);
    this.blocks.splice(bi + 1, 0, right);
    this.starts.splice(bi + 1, 0, this.starts[bi] + b.length);
    const w = this.weight;
    if (w) {
      let rightWeight = 0;
      for (const r of right) rightWeight += w(r);
      this.weights[bi] -= rightWeight;
      this.weights.splice(bi + 1, 0, rightWeight);
      this.weightsBefore.splice(bi + 1, 0, this.weightsBefore[bi] + this.weights[bi]);
    }
    if (this.max) {
      this.maxes[bi] = this.blockMax(b);
      this.maxes.splice(bi + 1, 0, this.blockMax(right));
    }
  }
}

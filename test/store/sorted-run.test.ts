/**
 * The blocked sorted run agrees with a plain sorted array through random
 * adds, appends and removes, with blocks small enough to split and empty
 * out often: bounds, positions, ranges both ways, pages, weight sums and
 * the newest row above a threshold of the per-block maximum.
 */
import { describe, expect, it } from 'vitest';
import { rng } from '../../src/core/random.js';
import { SortedRun } from '../../src/store/sorted-run.js';

interface R {
  id: number;
  start: number;
  w: number;
}

const cmp = (a: R, b: R) => a.start - b.start || a.id - b.id;

describe('SortedRun agrees with a sorted array', () => {
  for (const load of [1, 2, 3, 8, 256]) {
    it(`through random writes (block load ${load})`, () => {
      const r = rng(load * 31 + 7);
      const run = new SortedRun<R>({ weight: (x) => x.w, max: (x) => x.w * 7 - x.start, load });
      let model: R[] = [];
      let nextId = 1;
      for (let step = 0; step < 3000; step++) {
        const op = r();
        if (op < 0.5 || model.length === 0) {
          const row = { id: nextId++, start: r.int(0, 60), w: r.int(0, 9) };
          run.add(row);
          model.push(row);
          model.sort(cmp);
        } else if (op < 0.6) {
          // Append: a row after everything.
          const last = model[model.length - 1];
          const row = { id: nextId++, start: (last?.start ?? 0) + r.int(0, 2), w: r.int(0, 9) };
          run.append(row);
          model.push(row);
        } else if (op < 0.9) {
          const victim = r.pick(model);
          expect(run.remove(victim)).toBe(true);
          model = model.filter((x) => x !== victim);
        } else {
          // Removing a row that is not there (same key, other object) changes nothing.
          const ghost = { id: nextId + 1000, start: r.int(0, 60), w: 1 };
          expect(run.remove(ghost)).toBe(false);
        }
        if (step % 50 !== 0) continue;
        expect(run.size).toBe(model.length);
        expect([...run.range(0, run.size)]).toEqual(model);
        expect([...run.range(0, run.size, true)]).toEqual([...model].reverse());
        expect(run.weightTotal).toBe(model.reduce((s, x) => s + x.w, 0));
        expect(run.last()).toBe(model[model.length - 1]);
        for (let q = 0; q < 20; q++) {
          const from = r.int(-1, 61);
          const to = from + r.int(-2, 30);
          const lo = run.lowerBound(from, -Infinity);
          const hi = run.upperBound(to, Infinity);
          expect(lo).toBe(model.findIndex((x) => x.start >= from) === -1 ? model.length : model.findIndex((x) => x.start >= from));
          const after = model.findIndex((x) => x.start > to);
          expect(hi).toBe(after === -1 ? model.length : after);
          const slice = hi > lo ? model.slice(lo, hi) : [];
          expect(run.sum(lo, hi)).toBe(slice.reduce((s, x) => s + x.w, 0));
          const key = (x: R) => x.w * 7 - x.start;
          const threshold = r.int(-60, 60);
          const odd = (x: R) => x.id % 2 === 1;
          expect(run.newestAbove(lo, hi, threshold, odd)).toBe([...slice].reverse().find((x) => key(x) > threshold && odd(x)));
          expect([...run.range(lo, hi, r.chance(0.5))].length).toBe(slice.length);
          if (model.length > 0) {
            const pos = r.int(0, model.length - 1);
            expect(run.at(pos)).toBe(model[pos]);
            const e = model[pos];
            expect(run.lowerBound(e.start, e.id)).toBe(pos);
            expect(run.upperBound(e.start, e.id)).toBe(pos + 1);
            const out: R[] = [];
            const limit = r.int(0, 12);
            const floor = Math.max(0, pos - r.int(0, 20));
            run.collectNewestFirst(pos, floor, limit, out);
            const expected: R[] = [];
            for (let i = pos; i >= floor && expected.length < limit; i--) expected.push(model[i]);
            expect(out).toEqual(expected);
          }
        }
      }
    });
  }

  it('an empty run answers every question', () => {
    const run = new SortedRun<R>({ weight: (x) => x.w });
    expect([run.size, run.lowerBound(5, 1), run.upperBound(5, 1), run.sum(0, 0), run.last()]).toEqual([0, 0, 0, 0, undefined]);
    expect([...run.range(0, 0)]).toEqual([]);
    expect(run.remove({ id: 1, start: 1, w: 1 })).toBe(false);
  });
});

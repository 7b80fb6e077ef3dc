import { describe, expect, it } from 'vitest';
import { compileCriteria, compileSort, CriteriaError, type Attributes } from './criteria.js';

const attrs: Attributes = { id: 'integer', user: 'integer', day: 'date', comment: 'string', running: 'boolean', client: 'integer', updatedAt: 'datetime' };
const rows = [
  { id: 1, user: 4, day: '2026-01-05', comment: 'Design review', running: false, client: null, updatedAt: '2026-01-05T17:23:00Z' },
  { id: 2, user: 4, day: '2026-01-06', comment: 'Backend work', running: true, client: 3, updatedAt: '2026-01-06T09:00:00Z' },
  { id: 3, user: 7, day: '2026-01-05', comment: '', running: false, client: 3, updatedAt: '2026-01-04T08:00:00Z' },
];
const ids = (where: unknown) => rows.filter(compileCriteria(where, attrs)).map((r) => r.id);

describe('Waterline criteria', () => {
  it('equality as the attribute type (the CLI sends the user id as a string), null, lists', () => {
    expect(ids({ user: '4', day: '2026-01-05' })).toEqual([1]);
    expect(ids({ user: 4 })).toEqual([1, 2]);
    expect(ids({ client: null })).toEqual([1]);
    expect(ids({ id: [1, 3] })).toEqual([1, 3]);
    expect(ids({ running: 'true' })).toEqual([2]);
  });
  it('ranges on days and datetimes (a space-separated datetime compares with ISO), negation, in/nin', () => {
    expect(ids({ day: { '>=': '2026-01-05', '<=': '2026-01-05' } })).toEqual([1, 3]);
    expect(ids({ updatedAt: { '>=': '2026-01-05 17:23' } })).toEqual([1, 2]);
    expect(ids({ updatedAt: { greaterThan: '2026-01-05' } })).toEqual([1, 2]);
    expect(ids({ user: { '!': 4 } })).toEqual([3]);
    expect(ids({ client: { '!=': null } })).toEqual([2, 3]);
    expect(ids({ id: { nin: [2] } })).toEqual([1, 3]);
  });
  it('text modifiers ignore case; like has % and _; or/and combine', () => {
    expect(ids({ comment: { contains: 'REVIEW' } })).toEqual([1]);
    expect(ids({ comment: { startsWith: 'back' } })).toEqual([2]);
    expect(ids({ comment: { like: '%work' } })).toEqual([2]);
    expect(ids({ comment: { like: 'Design_review' } })).toEqual([1]);
    expect(ids({ or: [{ user: 7 }, { running: true }] })).toEqual([2, 3]);
    expect(ids({ and: [{ user: 4 }, { day: { '<': '2026-01-06' } }] })).toEqual([1]);
  });
  it('refuses what the resource cannot answer, naming it', () => {
    for (const [where, message] of [
      [{ nope: 1 }, /unknown attribute "nope"/],
      [{ user: 'four' }, /user compares with numbers/],
      [{ day: { between: 1 } }, /unknown modifier "between"/],
      [{ updatedAt: { '>': 'yesterday' } }, /datetimes/],
      [{ or: [] }, /non-empty list/],
      [{ id: { in: 3 } }, /take a list/],
      [[1], /JSON object/],
      [{ constructor: 1 }, /unknown attribute "constructor"/],
      [{ comment: { like: '%a%a%a%a%a%a%a%a%a%' } }, /at most 8 wildcards/],
    ] as const) {
      expect(() => compileCriteria(where, attrs), JSON.stringify(where)).toThrow(CriteriaError);
      expect(() => compileCriteria(where, attrs)).toThrow(message);
    }
  });
  it('sorts by several attributes in either direction, nulls first', () => {
    const by = (sort: string) => [...rows].sort(compileSort(sort, attrs)).map((r) => r.id);
    expect(by('day ASC,id DESC')).toEqual([3, 1, 2]);
    expect(by('user desc, day')).toEqual([3, 1, 2]);
    expect(by('client ASC')).toEqual([1, 2, 3]);
    expect(() => compileSort('nope ASC', attrs)).toThrow(/unknown attribute "nope"/);
  });
});

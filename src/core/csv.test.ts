import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes one row per list item under the union of their keys, quoting what needs it', () => {
    expect(toCsv([{ id: '1', note: 'a, "b"' }, { id: '2', extra: null }])).toBe('id,note,extra\r\n1,"a, ""b""",\r\n2,,\r\n');
  });
  it('a map keyed by id is its values; a lone object one row; nested values JSON; nothing for an empty list', () => {
    expect(toCsv({ 7: { task_id: 7, users: { 1: { role_id: 1 } } } })).toBe('task_id,users\r\n7,"{""1"":{""role_id"":1}}"\r\n');
    expect(toCsv({ message: 'removed', code: 404 })).toBe('message,code\r\nremoved,404\r\n');
    expect(toCsv([])).toBe('');
    expect(toCsv('x\ny')).toBe('value\r\n"x\ny"\r\n');
  });
});

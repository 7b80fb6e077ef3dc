import { describe, expect, it } from 'vitest';
import { ApiError } from './errors.js';
import { MAX_FORM_DEPTH, MAX_FORM_INDEX, parseForm } from './form.js';

describe('parseForm (PHP form format)', () => {
  it('reads plain fields as strings and brackets as nested lists and objects', () => {
    expect(parseForm('id=3621&duration=3600&description=a+b%21')).toEqual({ id: '3621', duration: '3600', description: 'a b!' });
    expect(parseForm('computer_activities[0][user_id]=1&computer_activities[0][task_id]=2&computer_activities[1][user_id]=3')).toEqual({
      computer_activities: [{ user_id: '1', task_id: '2' }, { user_id: '3' }],
    });
    expect(parseForm('task_id[]=1&task_id[]=2&entries[3][name]=x&entries[7][name]=y')).toEqual({ task_id: ['1', '2'], entries: [{ name: 'x' }, { name: 'y' }] });
  });
  it('keeps names such as __proto__ and constructor as data', () => {
    const f = parseForm('__proto__[polluted]=1&constructor=x');
    expect(Object.keys(f)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(f)).toBe(Object.prototype);
  });
  it('refuses unbalanced brackets, deep nesting and huge list indexes with a 400 naming the field', () => {
    const deep = `a${'[b]'.repeat(MAX_FORM_DEPTH)}=1`;
    for (const body of ['a[b=1', deep, `a[${MAX_FORM_INDEX}]=1`]) {
      let err: unknown;
      try {
        parseForm(body);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).status).toBe(400);
      expect(Object.keys((err as ApiError).extra.errors as object)).toEqual(['a']);
    }
  });
});

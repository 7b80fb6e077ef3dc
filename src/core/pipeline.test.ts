import { describe, expect, it } from 'vitest';
import { ApiError } from './errors.js';
import { compose, type Stage } from './pipeline.js';
import { answer, exchange, req } from '../../test/support/pipeline.js';

const render = (e: unknown) => (e instanceof ApiError ? answer(e.status, { error: e.message }) : answer(500, { error: 'boom' }));

describe('compose', () => {
  it('runs the stages in order, each around the next', () => {
    const trail: string[] = [];
    const mark = (name: string): Stage => (_x, next) => {
      trail.push(`>${name}`);
      const res = next();
      trail.push(`<${name}`);
      return res;
    };
    const run = compose([mark('a'), mark('b'), () => answer(200)], render);
    expect(run(exchange(req('GET', '/'))).status).toBe(200);
    expect(trail).toEqual(['>a', '>b', '<b', '<a']);
  });
  it('an error thrown by a stage becomes an answer that the outer stages still see', () => {
    const seen: number[] = [];
    const outer: Stage = (_x, next) => {
      const res = next();
      seen.push(res.status);
      res.headers['X-Outer'] = '1';
      return res;
    };
    const run = compose([outer, () => { throw new ApiError(409, 'taken', 'conflict'); }], render);
    const res = run(exchange(req('GET', '/')));
    expect(res).toMatchObject({ status: 409, body: { error: 'taken' }, headers: { 'X-Outer': '1' } });
    expect(seen).toEqual([409]);
  });
  it('a stage that answers itself stops the chain', () => {
    let reached = false;
    const run = compose([() => answer(204), () => { reached = true; return answer(200); }], render);
    expect(run(exchange(req('GET', '/'))).status).toBe(204);
    expect(reached).toBe(false);
  });
  it('unexpected errors are rendered too (as the 500 the renderer chooses)', () => {
    expect(compose([() => { throw new TypeError('x'); }], render)(exchange(req('GET', '/'))).status).toBe(500);
  });
});

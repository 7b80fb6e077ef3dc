/**
 * openapi.yaml against the real server's routes (test/spec/timetracker-5.10-routes.json, written by
 * scripts/real-routes.ts from DRYTRIX/TimeTracker v5.10.0): every method+path pair the real `/api/v1`
 * has is an operation of the spec, and the spec's `/api/v1` operations the real server lacks are exactly
 * the two this spec adds on purpose (it documents them; the 5.10 profile answers 405).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const spec = parse(readFileSync(`${ROOT}openapi.yaml`, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
const real = (JSON.parse(readFileSync(`${ROOT}test/spec/timetracker-5.10-routes.json`, 'utf8')) as { pairs: string[] }).pairs;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const mock = Object.entries(spec.paths)
  .filter(([path]) => path.startsWith('/api/v1/'))
  .flatMap(([path, item]) => METHODS.filter((m) => item[m] !== undefined).map((m) => `${m.toUpperCase()} ${path.replace(/\{\w+\}/g, '{}')}`));

describe("openapi.yaml and the real server's /api/v1 routes", () => {
  it('has every real method+path pair', () => {
    expect(real.length).toBe(280);
    expect(real.filter((p) => !mock.includes(p))).toEqual([]);
  });

  it('adds no /api/v1 pair the real server lacks but the documented client update and delete', () => {
    expect(mock.filter((p) => !real.includes(p)).sort()).toEqual(['DELETE /api/v1/clients/{}', 'PUT /api/v1/clients/{}']);
  });
});

/** The README's operation counts of openapi.yaml follow the spec (a count written by hand drifts as operations are added). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const spec = parse(readFileSync(`${ROOT}openapi.yaml`, 'utf8')) as { paths: Record<string, Record<string, { operationId?: string }>> };
const operations = Object.values(spec.paths).flatMap((item) => ['get', 'post', 'put', 'patch', 'delete'].filter((m) => item[m]?.operationId)).length;

describe("the README's counts of openapi.yaml", () => {
  it('says how many operations the spec describes, and every case count matches', () => {
    const stated = [...readme.matchAll(/`openapi\.yaml`[\s\S]{0,80}?describes\s+(\d+)\s+operations/g), ...readme.matchAll(/Every operation of `openapi\.yaml` \((\d+)\)/g)].map((m) => Number(m[1]));
    expect(stated.length).toBeGreaterThanOrEqual(2);
    expect(stated).toEqual(stated.map(() => operations));
  });
});

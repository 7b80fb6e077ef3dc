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

describe("the README's counts of the contract kit", () => {
  it("says how many findings the timetracker-5.10 profile table has, on how many operations, of which kinds", async () => {
    const { expectedFindings } = await import('../../src/apis/timetracker/profiles.js');
    const f = expectedFindings('timetracker-5.10');
    const ops = new Set(f.map((x) => x.id).filter((id) => !id.startsWith('flow:')));
    const m = /(\d+)\s+findings on (\d+) operations and the rate-limit flow, (\d+) deviations and (\d+)\s+warnings/.exec(readme);
    expect(m, 'the sentence with the profile figures').not.toBeNull();
    expect(m!.slice(1).map(Number)).toEqual([f.length, ops.size, f.filter((x) => x.kind === 'deviation').length, f.filter((x) => x.kind === 'warning').length]);
  });

  it('says how many stateful flows there are (TimeTracker flows plus the rate-limit flow)', async () => {
    const { FLOWS } = await import('../../contract-tests/flows/index.js');
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
    const tens: Record<string, number> = { twenty: 20, thirty: 30, forty: 40 };
    const num = (w: string) => w.toLowerCase().split('-').reduce((n, part) => n + (tens[part] ?? words.indexOf(part)), 0);
    const stated = [...readme.matchAll(/([A-Za-z-]+) stateful flows/g)].map((x) => num(x[1]));
    expect(stated.length).toBeGreaterThanOrEqual(1);
    expect(stated).toEqual(stated.map(() => FLOWS.length + 1));
  });
});

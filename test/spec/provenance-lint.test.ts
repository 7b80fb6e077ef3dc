/** `npm run lint:spec`'s provenance rule (decisions/0013), on small documents and on every spec of the kit. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markerProblems, provenanceProblems } from '../../scripts/lint-spec.js';
import { SPECS } from '../../src/apis/specs.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const doc = (over: { op?: Record<string, unknown>; components?: Record<string, unknown> } = {}) => ({
  openapi: '3.0.3',
  paths: { '/api/x': { get: { operationId: 'getX', 'x-mock-cache': false, 'x-provenance': 'documented', responses: { '200': { description: 'ok' } }, ...over.op } } },
  components: { schemas: { X: { 'x-provenance': 'observed', type: 'object' } }, ...over.components },
});

describe('x-provenance markers', () => {
  it('every spec of the kit carries them where the rule wants them', () => {
    for (const { file } of SPECS) expect(markerProblems(parse(readFileSync(`${ROOT}${file}`, 'utf8'))), file).toEqual([]);
  });
  it('an operation, a component or an inline parameter without one is a problem', () => {
    expect(provenanceProblems(doc())).toEqual([]);
    const unmarked = doc();
    delete (unmarked.paths['/api/x'].get as Record<string, unknown>)['x-provenance'];
    expect(provenanceProblems(unmarked)).toEqual([expect.stringMatching(/GET \/api\/x \(getX\): needs x-provenance/)]);
    expect(provenanceProblems(doc({ components: { schemas: { Y: { type: 'string' } } } }))).toEqual([expect.stringMatching(/components\/schemas\/Y: needs x-provenance/)]);
    expect(provenanceProblems(doc({ op: { parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] } }))).toEqual([expect.stringMatching(/parameter q needs x-provenance/)]);
    // An alias component (only a $ref) takes its target's provenance.
    expect(provenanceProblems(doc({ components: { schemas: { X: { 'x-provenance': 'observed', type: 'object' }, Y: { $ref: '#/components/schemas/X' } } } }))).toEqual([]);
  });
  it('a value must be a known word or an object of them, and never beside a $ref', () => {
    expect(provenanceProblems(doc({ op: { 'x-provenance': 'promised' } }))[0]).toMatch(/must be one of documented, specified, observed/);
    expect(provenanceProblems(doc({ components: { schemas: { X: { 'x-provenance': { self: 'documented', maxLength: 'guessed' }, type: 'string' } } } }))[0]).toMatch(/x-provenance.maxLength must be one of/);
    expect(provenanceProblems(doc({ components: { schemas: { X: { 'x-provenance': { self: 'documented', colour: 'observed' }, type: 'string' } } } }))[0]).toMatch(/unknown key "colour"/);
    const withRef = doc({ components: { schemas: { X: { 'x-provenance': 'observed', type: 'object', properties: { a: { $ref: '#/components/schemas/X', 'x-provenance': 'documented' } } } } } });
    expect(provenanceProblems(withRef)[0]).toMatch(/beside \$ref is ignored/);
    expect(provenanceProblems(doc({ components: { schemas: { X: { 'x-provenance': { self: 'documented', properties: 'observed', required: 'specified' }, type: 'object' } } } }))).toEqual([]);
  });
});

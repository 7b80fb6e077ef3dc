import { describe, expect, it } from 'vitest';
import { strict, type Violation } from './strict.js';
import { specModel } from '../spec-model.js';
import { answer, exchange, op, req, runStage } from '../../../test/support/pipeline.js';

const list = () => exchange(req('GET', '/api/items'), { op: op('listItems') });

describe('strict stage', () => {
  it('passes an answer that matches the spec', () => {
    const violations: Violation[] = [];
    const { res } = runStage(strict(violations, (v) => v), list(), () => answer(200, { items: [] }, { 'X-Total': '0' }));
    expect(res.status).toBe(200);
    expect(violations).toEqual([]);
  });
  it('turns an undocumented status, a bad body or a missing required header into a 500 and records it', () => {
    const violations: Violation[] = [];
    const stage = strict(violations, (v) => ({ problems: v.problems }));
    expect(runStage(stage, list(), () => answer(418, {})).res.status).toBe(500);
    expect(runStage(stage, list(), () => answer(200, { items: 'no' }, { 'X-Total': '1' })).res.status).toBe(500);
    expect(runStage(stage, list(), () => answer(200, { items: [] })).res.body).toEqual({ problems: ['missing header x-total'] });
    expect(violations.map((v) => v.status)).toEqual([418, 200, 200]);
  });
  it('leaves deliberate answers alone', () => {
    const violations: Violation[] = [];
    const x = Object.assign(list(), { deliberate: true });
    expect(runStage(strict(violations, (v) => v), x, () => answer(503, {})).res.status).toBe(503);
    expect(violations).toEqual([]);
  });
  it('holds a binary download to bytes in a documented media type', () => {
    const pdfSpec = specModel({
      openapi: '3.0.3',
      info: { title: 'pdf', version: '1' },
      paths: {
        '/api/items/{id}/pdf': {
          get: {
            operationId: 'itemPdf',
            responses: {
              '200': { description: 'the PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
              '404': { description: 'none', content: { 'application/json': { schema: { type: 'object', required: ['error'] } } } },
            },
          },
        },
      },
    });
    const pdfOp = pdfSpec.byId.get('itemPdf')!;
    expect(pdfOp.responses['200'].binary).toEqual(['application/pdf']);
    const violations: Violation[] = [];
    const stage = strict(violations, (v) => ({ problems: v.problems }));
    const x = () => exchange(req('GET', '/api/items/1/pdf'), { op: pdfOp });
    const bytes = new TextEncoder().encode('%PDF-1.4');
    const pdf = runStage(stage, x(), () => answer(200, bytes, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename=1.pdf' })).res;
    expect(pdf.body).toBe(bytes); // unchanged, the same bytes
    expect(violations).toEqual([]);
    expect(runStage(stage, x(), () => answer(200, { pdf: 'no' })).res.body).toEqual({ problems: ['a JSON body, where application/pdf is documented'] });
    expect(runStage(stage, x(), () => answer(200, '%PDF-', { 'content-type': 'application/pdf' })).res.body).toEqual({ problems: ['the application/pdf body must be bytes, got string'] });
    expect(runStage(stage, x(), () => answer(200, bytes, { 'content-type': 'image/png' })).res.body).toEqual({ problems: ['content-type image/png is not documented (documented: application/pdf)'] });
    expect(runStage(stage, x(), () => answer(404, { error: 'Invoice not found' })).res.status).toBe(404); // its errors stay JSON
    expect(violations).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import { LINES_PER_PAGE, PAGE_SIZES, pdfDocument } from './pdf.js';
import { checkPdf } from '../../test/support/pdf.js';

describe('pdfDocument', () => {
  it('writes a PDF 1.4 file whose cross-reference table points at every object', () => {
    const bytes = pdfDocument({ title: 'INV-20261201-1000', lines: [{ text: 'Invoice INV-20261201-1000', bold: true, size: 18 }, 'Design  2.5 x 100.00 = 250.00', 'Total: 302.50 EUR'] });
    const pdf = checkPdf(bytes);
    expect(pdf.version).toBe('1.4');
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toEqual(['Invoice INV-20261201-1000', 'Design  2.5 x 100.00 = 250.00', 'Total: 302.50 EUR']);
    expect(pdf.title).toBe('INV-20261201-1000');
  });

  it('escapes parentheses and backslashes, keeps Latin-1, replaces the rest', () => {
    const pdf = checkPdf(pdfDocument({ title: 'a (b) \\ c', lines: ['Müller (GmbH) \\ 5 €', 'tab\there'] }));
    expect(pdf.text).toEqual(['Müller (GmbH) \\ 5 ?', 'tab here']);
    expect(pdf.title).toBe('a (b) \\ c');
  });

  it('breaks long documents into pages and takes the page size', () => {
    const lines = Array.from({ length: LINES_PER_PAGE * 2 + 5 }, (_, i) => `line ${i + 1}`);
    const pdf = checkPdf(pdfDocument({ title: 'long', lines, pageSize: 'Tabloid' }));
    expect(pdf.pages).toBe(3);
    expect(pdf.text).toEqual(lines);
    expect(pdf.mediaBoxes[0]).toEqual([0, 0, ...PAGE_SIZES.Tabloid]);
    const a5 = checkPdf(pdfDocument({ title: 'short page', lines, pageSize: 'A5' }));
    expect(a5.pages).toBeGreaterThan(3); // a smaller page holds fewer lines
    expect(a5.text).toEqual(lines);
  });

  it('gives the same bytes for the same input, and an empty page for no lines', () => {
    expect(pdfDocument({ title: 't', lines: ['x'] })).toEqual(pdfDocument({ title: 't', lines: ['x'] }));
    expect(checkPdf(pdfDocument({ title: 'empty', lines: [] })).pages).toBe(1);
  });
});

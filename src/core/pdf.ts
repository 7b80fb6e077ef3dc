/**
 * A small, valid PDF 1.4 document of text lines, without `Buffer` and without
 * a dependency: the core runs in Node and in a browser's service worker, and
 * the mock's documents (an invoice, a time-off request form) are lines of
 * text, so the few objects they need are written here (decisions/0017).
 *
 * The file has one catalog, one page tree, one page per `LINES_PER_PAGE`
 * lines, one content stream per page, the standard Helvetica and
 * Helvetica-Bold fonts (WinAnsi, no embedding), an info dictionary, and a
 * cross-reference table with exact byte offsets. Text is Latin-1 (WinAnsi);
 * other characters become `?`. The same input gives the same bytes.
 *
 * @example
 * const bytes = pdfDocument({ title: 'INV-20261201-1000', lines: [{ text: 'Invoice', bold: true, size: 18 }, { text: 'Total: 250.00 EUR' }] });
 * new TextDecoder().decode(bytes.subarray(0, 8)); // '%PDF-1.4'
 */

/** Page sizes in points (1/72 in), portrait, as the real server's `size` query names them. */
export const PAGE_SIZES = {
  A4: [595, 842],
  Letter: [612, 792],
  Legal: [612, 1008],
  A3: [842, 1191],
  A5: [420, 595],
  Tabloid: [792, 1224],
} as const;
export type PageSize = keyof typeof PAGE_SIZES;

export interface PdfLine {
  text: string;
  bold?: boolean;
  /** Font size in points (default 10). */
  size?: number;
}

export interface PdfDocumentInput {
  /** The document's title (info dictionary). */
  title: string;
  lines: readonly (PdfLine | string)[];
  /** Default A4. */
  pageSize?: PageSize;
  /** Info dictionary `Producer` (default `timetracker-mock-kit`). */
  producer?: string;
}

const MARGIN = 56;
const LEADING = 1.45;
/** Lines per page at most, whatever the page height (keeps each stream small). */
export const LINES_PER_PAGE = 60;

/** A PDF literal string's content: backslash, parentheses escaped; outside Latin-1 becomes `?`. */
function literal(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\' || ch === '(' || ch === ')') out += `\\${ch}`;
    else if (code === 0x0a || code === 0x0d || code === 0x09) out += ' ';
    else if (code < 0x20 || code > 0xff || (code >= 0x7f && code < 0xa0)) out += '?';
    else out += ch;
  }
  return out;
}

/** A string of characters 0..255 as its bytes (Latin-1): offsets count bytes, so no UTF-8 here. */
function latin1(s: string): Uint8Array {
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i) & 0xff;
  return bytes;
}

function pageStream(lines: readonly PdfLine[], height: number): string {
  let out = `BT\n1 0 0 1 ${MARGIN} ${height - MARGIN} Tm\n`;
  let previous = 0;
  for (const line of lines) {
    const size = line.size ?? 10;
    // Each line moves down by the larger of its and the previous line's size times the leading.
    const step = previous === 0 ? 0 : Math.round(Math.max(previous, size) * LEADING * 100) / 100;
    out += `/${line.bold ? 'F2' : 'F1'} ${size} Tf\n`;
    if (step > 0) out += `0 ${-step} Td\n`;
    out += `(${literal(line.text)}) Tj\n`;
    previous = size;
  }
  return `${out}ET\n`;
}

/** The PDF file of `input`: `%PDF-1.4` ... `%%EOF`. */
export function pdfDocument(input: PdfDocumentInput): Uint8Array {
  const [width, height] = PAGE_SIZES[input.pageSize ?? 'A4'];
  const lines = input.lines.map((l) => (typeof l === 'string' ? { text: l } : l));
  // Lines fill a page down to the bottom margin (or LINES_PER_PAGE), then the next page starts.
  const pages: PdfLine[][] = [[]];
  let used = 0;
  for (const line of lines) {
    const h = (line.size ?? 10) * LEADING;
    const page = pages[pages.length - 1];
    if (page.length > 0 && (used + h > height - 2 * MARGIN || page.length >= LINES_PER_PAGE)) {
      pages.push([line]);
      used = h;
    } else {
      page.push(line);
      used += h;
    }
  }

  // Objects: 1 catalog, 2 page tree, 3 Helvetica, 4 Helvetica-Bold, 5 info, then a page and its stream per page.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  objects[5] = `<< /Title (${literal(input.title)}) /Producer (${literal(input.producer ?? 'timetracker-mock-kit')}) >>`;
  pages.forEach((page, i) => {
    const stream = pageStream(page, height);
    objects[pageIds[i]] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
    objects[pageIds[i] + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}endstream`;
  });

  // A binary comment after the header tells transfer tools the file is binary (PDF 1.4, 7.5.2).
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}

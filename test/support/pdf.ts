/**
 * A reader that holds a PDF file to its structure, for tests: the header,
 * `startxref` pointing at the cross-reference table, every in-use entry of
 * that table pointing at its `N 0 obj`, every stream's `/Length` equal to
 * its bytes, the page tree's `/Count` equal to its pages; then the text
 * shown by `Tj` operators, in order, and the info dictionary's title.
 * Written apart from src/core/pdf.ts (it shares no code with the writer),
 * so a writer bug is not mirrored here. Throws on the first broken rule.
 */
export interface PdfFacts {
  version: string;
  pages: number;
  mediaBoxes: number[][];
  /** The strings of every `Tj`, unescaped, in content-stream order. */
  text: string[];
  title: string | null;
}

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

function unescape(s: string): string {
  return s.replace(/\\([\\()nrt])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c as 'n'] ?? c);
}

/** Literal strings `( ... )` with escapes, as a regex source. */
const LITERAL = String.raw`\(((?:\\.|[^\\()])*)\)`;

export function checkPdf(bytes: Uint8Array): PdfFacts {
  const file = latin1(bytes);
  const header = /^%PDF-(\d\.\d)\n/.exec(file);
  if (!header) throw new Error(`not a PDF: starts with ${JSON.stringify(file.slice(0, 8))}`);
  if (!file.trimEnd().endsWith('%%EOF')) throw new Error('no %%EOF at the end');
  const sx = /startxref\n(\d+)\n%%EOF\s*$/.exec(file);
  if (!sx) throw new Error('no startxref');
  const xrefAt = Number(sx[1]);
  if (!file.startsWith('xref\n', xrefAt)) throw new Error(`startxref ${xrefAt} does not point at "xref"`);
  const sub = /^xref\n0 (\d+)\n/.exec(file.slice(xrefAt))!;
  const count = Number(sub[1]);
  let at = xrefAt + sub[0].length;
  const objects = new Map<number, string>();
  for (let id = 0; id < count; id++) {
    const entry = file.slice(at, at + 20);
    if (!/^\d{10} \d{5} [nf] \n$/.test(entry)) throw new Error(`xref entry ${id} is not 20 bytes of "oooooooooo ggggg n \\n": ${JSON.stringify(entry)}`);
    at += 20;
    if (entry[17] === 'f') continue;
    const offset = Number(entry.slice(0, 10));
    if (!file.startsWith(`${id} 0 obj\n`, offset)) throw new Error(`xref entry ${id} points at ${JSON.stringify(file.slice(offset, offset + 12))}`);
    const end = file.indexOf('\nendobj', offset);
    objects.set(id, file.slice(offset + `${id} 0 obj\n`.length, end));
  }
  const trailer = /trailer\n<<(.*?)>>/s.exec(file.slice(at));
  if (!trailer || !new RegExp(`/Size ${count}\\b`).test(trailer[1])) throw new Error('trailer /Size does not match the xref table');
  const root = /\/Root (\d+) 0 R/.exec(trailer[1]);
  if (!root || !/\/Type \/Catalog/.test(objects.get(Number(root[1])) ?? '')) throw new Error('trailer /Root is not a catalog');

  const text: string[] = [];
  const mediaBoxes: number[][] = [];
  let pages = 0;
  let declaredPages = -1;
  for (const body of objects.values()) {
    const stream = /^<< \/Length (\d+) >>\nstream\n/.exec(body);
    if (stream) {
      const data = body.slice(stream[0].length, body.lastIndexOf('endstream'));
      if (data.length !== Number(stream[1])) throw new Error(`stream /Length ${stream[1]}, has ${data.length} bytes`);
      for (const m of data.matchAll(new RegExp(`${LITERAL} Tj`, 'g'))) text.push(unescape(m[1]));
      continue;
    }
    if (/\/Type \/Pages\b/.test(body)) declaredPages = Number(/\/Count (\d+)/.exec(body)?.[1] ?? -1);
    else if (/\/Type \/Page\b/.test(body)) {
      pages++;
      mediaBoxes.push((/\/MediaBox \[([^\]]+)\]/.exec(body)?.[1] ?? '').split(' ').map(Number));
    }
  }
  if (declaredPages !== pages) throw new Error(`page tree /Count ${declaredPages}, ${pages} page objects`);
  const info = /\/Info (\d+) 0 R/.exec(trailer[1]);
  const titleMatch = info ? new RegExp(`/Title ${LITERAL}`).exec(objects.get(Number(info[1])) ?? '') : null;
  return { version: header[1], pages, mediaBoxes, text, title: titleMatch ? unescape(titleMatch[1]) : null };
}

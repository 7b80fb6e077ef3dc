/**
 * The package root and the specs read from disk, with nothing of the engine:
 * the contract kit (also loaded as CommonJS by the Dredd hooks) needs these
 * without the engine's dependencies. src/node.ts re-exports them.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SPECS, type ApiId } from './apis/specs.js';
import type { SpecDocument } from './core/spec-model.js';

/** The package root (this file sits one level below it, in src/ or dist/). */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of an API's spec file. */
export function specPath(api: ApiId = 'timetracker'): string {
  const spec = SPECS.find((s) => s.id === api);
  if (!spec) throw new Error(`unknown API "${api}" (known: ${SPECS.map((s) => s.id).join(', ')})`);
  return join(PACKAGE_ROOT, spec.file);
}

const documents = new Map<string, SpecDocument>();

/** The parsed spec of an API, or of a file (read once per path). */
export function loadDocument(api: ApiId = 'timetracker', file?: string): SpecDocument {
  const path = file === undefined ? specPath(api) : isAbsolute(file) ? file : join(process.cwd(), file);
  let doc = documents.get(path);
  if (!doc) {
    doc = parse(readFileSync(path, 'utf8')) as SpecDocument;
    documents.set(path, doc);
  }
  return doc;
}


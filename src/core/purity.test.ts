/**
 * The core runs anywhere: no module of src/core imports Node, a handler, a
 * fixture, an API or an adapter, and none uses `Buffer` or `process`. (The
 * test files beside the modules may.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('.', import.meta.url));

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

const FORBIDDEN_IMPORT = /^(node:|fs$|path$|url$|crypto$|http$|os$|child_process$)|\/(handlers|fixtures|apis|adapters|server|store)\//;

/** Packages the core may import: they import nothing from Node (json-schema-faker's one build runs in browsers). */
const ENVIRONMENT_FREE_PACKAGES = ['ajv', 'ajv-formats', 'json-schema-faker'];

describe('src/core is environment-free', () => {
  const files = modules(CORE);
  it('has modules to check', () => expect(files.length).toBeGreaterThan(20));
  for (const file of files) {
    it(relative(CORE, file), () => {
      const text = readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/^\s*(?:import|export)[^'";]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      expect(imports.filter((i) => FORBIDDEN_IMPORT.test(i) || (!i.startsWith('.') && !ENVIRONMENT_FREE_PACKAGES.includes(i)))).toEqual([]);
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/'[^'\n]*'|`[^`]*`/g, "''");
      expect(code).not.toMatch(/\bBuffer\b|\bprocess\.|\brequire\(/);
    });
  }
  it('json-schema-faker, which the core imports, imports nothing itself', () => {
    // Its one minified build: a static import would read `import{...}from"x"`, a dynamic one `import("x")` (its message text has spaces).
    const dist = readFileSync(fileURLToPath(import.meta.resolve('json-schema-faker')), 'utf8');
    expect(dist.match(/import(?:\{[^}]*\}|\*as \w+|[\w$]+)from"[^"]+"|import\("[^"]+"\)|require\("[^"]+"\)/g) ?? []).toEqual([]);
  });
});

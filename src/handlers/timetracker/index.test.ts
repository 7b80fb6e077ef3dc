/**
 * The handler table is held to the contract generated from openapi.yaml by
 * the compiler: a fixture that leaves one operation out, or answers with a
 * body of the wrong shape, does not compile; the complete table does.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Type-check one virtual module beside this file; the diagnostics of that module, as text. */
function compile(source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(`${ROOT}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const file = `${HERE}__contract-fixture.ts`;
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  host.readFile = (f) => (f === file ? source : read(f));
  const exists = host.fileExists.bind(host);
  host.fileExists = (f) => f === file || exists(f);
  const program = ts.createProgram([file], { ...config.options, noEmit: true }, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const HEAD = `import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';\nimport { handlers } from './index.js';\n`;

describe('the handler table satisfies the generated operation contract', () => {
  it('the complete table compiles', () => {
    expect(compile(`${HEAD}export const table = handlers satisfies TimeTrackerHandlers;\n`)).toEqual([]);
  }, 60_000);
  it('a table without one operation does not, and the error names it', () => {
    const errors = compile(`${HEAD}const { getProject: _left, ...rest } = handlers;\nexport const table = rest satisfies TimeTrackerHandlers;\n`);
    expect(errors.join('\n')).toMatch(/getProject/);
  }, 60_000);
  it('a handler answering the wrong body shape does not', () => {
    const errors = compile(`${HEAD}export const table = { ...handlers, getHealth: () => ({ status: 200 as const, body: { healthy: true } }) } satisfies TimeTrackerHandlers;\n`);
    expect(errors.join('\n')).toMatch(/getHealth|status|timestamp/);
  }, 60_000);
});

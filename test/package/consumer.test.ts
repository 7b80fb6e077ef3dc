/**
 * The package as a user gets it: `npm pack` (whose prepack builds dist/), the
 * tarball installed into a fresh temporary project with msw@2, vitest@4 and
 * TypeScript (the versions of this checkout, so npm's cache answers:
 * `--prefer-offline`), and there:
 * - a plain Node ESM script and a CommonJS script over every entry;
 * - the README's MSW example, word for word, under vitest;
 * - `tsc --noEmit` under the strictest common flags with `skipLibCheck:
 *   false` (NodeNext), and again with `moduleResolution: node10`;
 * - `npx timetracker-mock --help`, `npx timetracker-contract --help`, the
 *   server started from the install (the docs page says what it misses), and
 *   the contract runner against it without Dredd installed: one line says
 *   Dredd was skipped, the table and the JUnit file still come.
 * Also an MSW-only project (the tarball + msw) for its install size. Sizes and
 * times are printed, never asserted.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeBlock } from '../support/readme.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'test/package/consumer');
const version = (pkg: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** The environment of a child npm/node: without the variables `npm test` sets for this package. */
const childEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_package_|npm_lifecycle_|npm_config_(prefix|local_prefix|global)|INIT_CWD$)/.test(k)));

interface Run {
  status: number | null;
  /** stdout and stderr. */
  out: string;
  stdout?: string;
  ms: number;
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...childEnv(), ...env }, timeout: 240_000 });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, stdout: r.stdout ?? '', ms: Math.round(performance.now() - started) };
}

function du(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) total += du(p);
    else if (e.isFile()) total += statSync(p).size;
  }
  return total;
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const figures: string[] = [];
let work: string;
let app: string;
let tarball: string;

function project(name: string, deps: string[]): Run {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, private: true, version: '0.0.0', type: 'module' }, null, 2)}\n`);
  return run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...deps], dir);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tt-consumer-'));
  const pack = run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
  expect(pack.status, pack.out).toBe(0);
  // prepack's build output comes first on stdout; npm's JSON is the last array.
  const stdout = pack.stdout ?? '';
  const info = (JSON.parse(stdout.slice(stdout.lastIndexOf('\n[\n') + 1)) as { filename: string; size: number; unpackedSize: number; entryCount: number }[])[0]!;
  tarball = join(work, info.filename);
  figures.push(`npm pack (with the build): ${pack.ms} ms; tarball ${(info.size / 1024).toFixed(1)} kB, unpacked ${mb(info.unpackedSize)}, ${info.entryCount} files`);

  const deps = [`msw@${version('msw')}`, `vitest@${version('vitest')}`, `typescript@${version('typescript')}`, `@types/node@${version('@types/node')}`];
  const install = project('app', deps);
  expect(install.status, install.out).toBe(0);
  app = join(work, 'app');
  figures.push(`install into a fresh project (+ ${deps.join(' ')}): ${install.ms} ms`);
  for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(app, f));
  writeFileSync(join(app, 'readme.test.ts'), readmeBlock(readFileSync(join(app, 'node_modules/timetracker-mock-kit/README.md'), 'utf8'), '### In Node: `setupServer`'));
}, 300_000);

afterAll(() => {
  console.log(`[package] ${figures.join('\n[package] ')}`);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package, installed', () => {
  it('ships the build, the spec and the bins, and no TypeScript sources', () => {
    const pkg = join(app, 'node_modules/timetracker-mock-kit');
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/msw.d.ts', 'dist/msw.d.cts', 'dist/browser.js', 'dist/openapi.json', 'openapi.yaml', 'specs/harvest-classic.yaml', 'bin/timetracker-mock.mjs', 'bin/timetracker-contract.mjs', 'dredd.yml', 'contract-tests/dredd-hooks.cjs']) {
      expect(existsSync(join(pkg, f)), f).toBe(true);
    }
    expect(existsSync(join(pkg, 'src'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // fast-xml-parser: Harvest classic's XML (src/apis/harvest-classic/xml.ts); commander: the CLIs; json-schema-faker: Prefer dynamic=true.
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['ajv', 'ajv-formats', 'commander', 'fast-xml-parser', 'json-schema-faker', 'yaml']);
    // Optional peers stay out unless asked for.
    for (const absent of ['tsx', 'swagger-ui-dist', 'dredd', '@stoplight/prism-cli', '@faker-js/faker']) expect(existsSync(join(app, 'node_modules', absent)), absent).toBe(false);
  });

  it("the Dredd hooks' shim finds the built kit in the install (no TypeScript loader)", () => {
    const pkg = join(app, 'node_modules/timetracker-mock-kit');
    expect(existsSync(join(pkg, 'contract-tests/lib/dredd.ts'))).toBe(false);
    const kit = join(pkg, 'dist/dredd-kit.js');
    const r = run(process.execPath, ['-e', `const k = require(${JSON.stringify(kit)}); process.stdout.write(typeof k.createDreddKit)`], app);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('function');
  });

  it('runs in plain Node ESM', () => {
    const r = run(process.execPath, ['esm.mjs'], app);
    expect(r.status, r.out).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      status: 200,
      projects: 5,
      health: 200,
      jsonTitle: 'TimeTracker REST API (v1)',
      yamlHead: 'openapi: 3.0.3',
      specPath: join(app, 'node_modules/timetracker-mock-kit/openapi.yaml'),
      sameSeed: true,
    });
  });

  it('runs from CommonJS (require of the msw, clock, engine and root entries)', () => {
    const r = run(process.execPath, ['cjs.cjs'], app);
    expect(r.status, r.out).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ status: 200, projects: 5, seed: 9, specPath: join(app, 'node_modules/timetracker-mock-kit/openapi.yaml') });
  });

  it("passes the README's MSW example under vitest", () => {
    const r = run(join(app, 'node_modules/.bin/vitest'), ['run', 'readme.test.ts'], app);
    expect(r.status, r.out).toBe(0);
    expect(r.out.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/Tests\s+3 passed \(3\)/);
  }, 120_000);

  it('type-checks under the strictest flags, with skipLibCheck false, in NodeNext and node10 resolution', () => {
    const tsc = join(app, 'node_modules/.bin/tsc');
    const nodeNext = run(tsc, ['-p', 'tsconfig.json'], app);
    expect(nodeNext.status, nodeNext.out).toBe(0);
    const node10 = run(tsc, ['-p', 'tsconfig.node10.json'], app);
    expect(node10.status, node10.out).toBe(0);
    figures.push(`consumer tsc --noEmit (strict + noUncheckedIndexedAccess + exactOptionalPropertyTypes, skipLibCheck false): NodeNext ${nodeNext.ms} ms, node10 ${node10.ms} ms`);
  }, 180_000);

  it('has both bins on npx', () => {
    const mock = run('npx', ['--no-install', 'timetracker-mock', '--help'], app);
    expect(mock.status, mock.out).toBe(0);
    expect(mock.out).toContain('Usage: timetracker-mock [options] [spec]');
    const contract = run('npx', ['--no-install', 'timetracker-contract', '--help'], app);
    expect(contract.status, contract.out).toBe(0);
    expect(contract.out).toContain('Usage: npx timetracker-contract --base-url URL');
    const bad = run('npx', ['--no-install', 'timetracker-mock', '--port', 'x'], app);
    expect(bad.status).toBe(2);
    expect(bad.out.trim().split('\n')[0]).toBe('timetracker-mock: --port must be an integer from 0 to 65535, got "x"');
  }, 60_000);

  it('serves the mock from the install, and runs the contract suites against it without Dredd', async () => {
    const server: ChildProcess = spawn(join(app, 'node_modules/.bin/timetracker-mock'), ['--port', '0', '--log', 'off'], { cwd: app, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let banner = '';
      const base = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no banner: ${banner}`)), 30_000);
        const onData = (d: Buffer) => {
          banner += d.toString();
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        };
        server.stdout!.on('data', onData);
        server.stderr!.on('data', onData);
      });
      expect(banner).toContain('/api/docs (needs swagger-ui-dist)');
      const docs = await fetch(`${base}/api/docs`);
      expect(docs.status).toBe(404);
      expect((await docs.text()).trim()).toMatch(/^The interactive docs need the optional package swagger-ui-dist: npm install --save-dev swagger-ui-dist/);
      const tokens = (await (await fetch(`${base}/__mock/tokens`)).json()) as { tokens: { token: string; is_active: boolean; scopes: string[] }[] };
      const admin = tokens.tokens.find((t) => t.is_active && t.scopes.includes('admin:all'))!.token;

      const started = performance.now();
      const contract = await new Promise<Run>((resolve) => {
        const child = spawn(join(app, 'node_modules/.bin/timetracker-contract'), ['--base-url', base, '--only', 'listProjects,getHealth,createProject', '--junit', 'reports/contract.xml'], {
          cwd: app,
          env: { ...childEnv(), CONTRACT_TOKEN: admin },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        child.on('close', (status) => resolve({ status, out, ms: Math.round(performance.now() - started) }));
      });
      figures.push(`contract runner from the install (3 operations, no Dredd): ${contract.ms} ms`);
      expect(contract.status, contract.out).toBe(0);
      expect(contract.out).not.toContain(admin); // the token came from the environment
      expect(contract.out).toMatch(/^suites: \d+ passed, 0 failed/m);
      expect(contract.out).toContain('dredd:  skipped: Dredd is not installed (optional: npm install --save-dev dredd@14.1.0');
      expect(contract.out).toMatch(/^listProjects\s+pass/m);
      expect(contract.out).toMatch(/^createProject\s+pass/m);
      expect(contract.out).toMatch(/^3 passed, 0 failed$/m);
      expect(readFileSync(join(app, 'reports/contract.xml'), 'utf8')).toContain('<testsuites');
    } finally {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        process.kill(server.pid!, 'SIGTERM');
        await exited;
      }
    }
  }, 180_000);

  it('installs small for an MSW-only project (the tarball + msw)', () => {
    const r = project('msw-only', [`msw@${version('msw')}`]);
    expect(r.status, r.out).toBe(0);
    const size = du(join(work, 'msw-only/node_modules'));
    figures.push(`MSW-only project: node_modules ${mb(size)} (install ${r.ms} ms)`);
    expect(existsSync(join(work, 'msw-only/node_modules/timetracker-mock-kit/dist/msw.js'))).toBe(true);
  }, 120_000);
});

/**
 * The CLI as Prism users type it: `-p`/`-h`/`-d`, `--errors`, `--cors`/`--no-cors`,
 * `--version`, a spec argument; every bad value is one line and exit 2; --help
 * groups the flags by task. Flags are parsed in-process (fast); the exit codes
 * and the help text come from real processes.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig, UsageError, type CliConfig } from '../../src/server/cli.js';
import { REPO, runCli, startCli } from './process.js';

const parse = (args: string[], env: Record<string, string> = {}) => parseConfig(args, env) as CliConfig;
const refusal = (args: string[], env: Record<string, string> = {}) => {
  try {
    parseConfig(args, env);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`${args.join(' ')} was accepted`);
};

describe('Prism-compatible flags', () => {
  it('-p is the port, -h the host, -d dynamic answers, --errors is --strict', () => {
    const c = parse(['-p', '4321', '-h', '0.0.0.0', '-d', '--errors']);
    expect(c.port).toBe(4321);
    expect(c.host).toBe('0.0.0.0');
    expect(c.engine.dynamic).toBe(true);
    expect(c.engine.strict).toBe(true);
    expect(parse(['--port=5', '--host=::1']).port).toBe(5);
  });
  it('--help (no short form: -h is the host) and --version', () => {
    expect(parseConfig(['--help'], {})).toBe('help');
    expect(parseConfig(['--version'], {})).toBe('version');
    expect(refusal(['-h'])).toMatch(/argument missing/);
  });
  it('--cors is the default, --no-cors and MOCK_CORS=off turn it off, a flag beats the variable', () => {
    expect(parse([]).engine.cors).toBe(true);
    expect(parse(['--no-cors']).engine.cors).toBe(false);
    expect(parse([], { MOCK_CORS: 'off' }).engine.cors).toBe(false);
    expect(parse(['--cors'], { MOCK_CORS: 'off' }).engine.cors).toBe(true);
  });
  it('an optional spec path argument', () => {
    const spec = join(REPO, 'openapi.yaml');
    expect(parse([spec]).engine.spec).toBe(spec);
    expect(parse(['openapi.yaml', '-p', '0']).engine).toHaveProperty('spec');
    expect(refusal(['no-such-spec.yaml'])).toBe('spec file "no-such-spec.yaml" does not exist');
    expect(refusal(['a.yaml', 'b.yaml'])).toMatch(/too many arguments/);
  });
  it('every variable still works; a flag wins over it', () => {
    const c = parse(['--seed', '9'], { MOCK_SEED: '3', MOCK_PORT: '4999', MOCK_DYNAMIC: '1', MOCK_STRICT: 'true', MOCK_FREEZE: 'on' });
    expect([c.engine.seed, c.port, c.engine.dynamic, c.engine.strict, c.engine.clock?.frozen]).toEqual([9, 4999, true, true, true]);
  });
  it('--freeze keeps the clock at --now; without --freeze it runs on from there', () => {
    const at = Date.parse('2026-01-15T09:00:00Z');
    const frozen = parse(['--now', '2026-01-15T09:00:00', '--freeze']).engine;
    expect([frozen.clock?.now(), frozen.clock?.frozen, frozen.seedNow]).toEqual([at, true, at]);
    const running = parse(['--now', '2026-01-15T09:00:00Z']).engine;
    expect(running.clock?.frozen).toBe(false);
    expect(running.seedNow).toBe(at);
  });
});

describe('every bad value is one line', () => {
  it.each([
    [['--port', '70000'], '--port must be an integer from 0 to 65535, got "70000"'],
    [['-p', '-1'], '--port must be an integer from 0 to 65535, got "-1"'],
    [['--seed', '-1'], '--seed must be an integer from 0 to 4294967295, got "-1"'],
    [['--seed', '1e3'], '--seed must be an integer from 0 to 4294967295, got "1e3"'],
    [['--size', '2000001'], '--size must be an integer from 1 to 1000000, got "2000001"'],
    [['--size', '0'], '--size must be an integer from 1 to 1000000, got "0"'],
    [['--rate-limit-per-minute', '-3'], '--rate-limit-per-minute must be an integer from 0 to 1000000000, got "-3"'],
    [['--fault-rate', '2'], '--fault-rate must be a number from 0 to 1, got "2"'],
    [['--fault-rate', '0.5', '--fault-status', '200'], '--fault-status must list HTTP error statuses (400..599), e.g. 500,503, got "200"'],
    [['--latency', '5-3'], '--latency must be MS or MIN-MAX in milliseconds, at most 120000, got "5-3"'],
    [['--latency', '999999'], '--latency must be MS or MIN-MAX in milliseconds, at most 120000, got "999999"'],
    [['--now', 'tomorrow'], '--now must be an ISO 8601 datetime such as 2026-11-16T09:00:00Z, got "tomorrow"'],
    [['--throttle', 'fast'], '--throttle must be one of timetracker, harvest, off, got "fast"'],
    [['--log', 'loud'], '--log must be one of json, pretty, off, got "loud"'],
    [['--defect', 'nope'], /^--defect \(timetracker\) must be one of missing-required-field, /],
    [['--host', 'a b'], '--host must be an address or host name, got "a b"'],
    [['--nope'], "unknown option '--nope'"],
    [['--port'], "option '-p, --port <n>' argument missing"],
  ] as [string[], string | RegExp][])('%j', (args, message) => {
    expect(refusal(args)).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message);
  });
  it('a variable with a bad value is named', () => {
    expect(refusal([], { MOCK_PORT: '99999' })).toBe('--port must be an integer from 0 to 65535, got "99999"');
    expect(refusal([], { MOCK_STRICT: 'maybe' })).toBe('MOCK_STRICT (for --strict) must be 1/true/on or 0/false/off, got "maybe"');
  });
});

describe('the process', () => {
  it('exits 2 with one line and no stack trace for bad values, a missing or foreign spec', async () => {
    const foreign = join(tmpdir(), `tt-foreign-${process.pid}.yaml`);
    writeFileSync(foreign, 'openapi: 3.0.3\ninfo: {title: other, version: "1"}\npaths:\n  /x:\n    get:\n      operationId: somethingElse\n      responses: {"200": {description: ok}}\n');
    const runs = await Promise.all([['--port', '70000'], ['--seed', '-1'], ['--size', '2000001'], ['missing.yaml'], [foreign, '-p', '0']].map((a) => runCli(a)));
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(2); // the reason, then "Run with --help"
      expect(r.stderr).toMatch(/^timetracker-mock: .+\nRun with --help to see every option\.\n$/);
    }
    expect(runs[4].stderr).toContain('no handler for operation(s): somethingElse');
  }, 60_000);
  it('--help groups the flags by task; --version prints the package version', async () => {
    const [help, version] = await Promise.all([runCli(['--help']), runCli(['--version'])]);
    expect(help.code).toBe(0);
    const headings = help.stdout.split('\n').filter((l) => /^[A-Z][A-Za-z ()-]+:$/.test(l));
    expect(headings).toEqual(['Arguments:', 'API:', 'Server:', 'Data:', 'Responses (Prism-style):', 'Throttling:', 'Faults:', 'Checking:', 'Other:']);
    for (const flag of ['-p, --port', '-h, --host', '-d, --dynamic', '--no-cors', '--errors', '--version', '--help', '--freeze', 'MOCK_PORT']) expect(help.stdout).toContain(flag);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  }, 60_000);
  it('serves a compatible spec given as the argument, and says so', async () => {
    const mock = await startCli([join(REPO, 'openapi.yaml'), '-p', '0', '--log', 'off', '--no-cors']);
    try {
      expect(mock.output()).toContain(`spec: ${join(REPO, 'openapi.yaml')}`);
      expect(mock.output()).toContain('no CORS');
      const res = await fetch(`${mock.baseUrl}/api/v1/info`, { headers: { origin: 'http://app.test' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await mock.stop();
    }
  }, 60_000);
});

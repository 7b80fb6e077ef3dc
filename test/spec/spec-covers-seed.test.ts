/**
 * Keeps openapi.yaml whole as it changes: every method + path the seed
 * document (and the first-party clients' catalog) names is in the spec, and
 * every operation carries what the kit relies on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = `${root}../shared`;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  security?: unknown[];
  'x-required-scopes'?: unknown;
  responses?: Record<string, unknown>;
}
type PathItem = Partial<Record<(typeof METHODS)[number], Operation>>;
const spec = parse(readFileSync(`${root}openapi.yaml`, 'utf8')) as {
  security?: unknown[];
  paths: Record<string, PathItem>;
  tags: { name: string }[];
};

/** Spec paths as matchers: `{param}` matches one segment. */
const routes = Object.entries(spec.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({
    method: m.toUpperCase(),
    path,
    re: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  })),
);

function specHas(method: string, path: string): boolean {
  // The seed writes one path with its parameter cut off (`/inventory/transfers/`).
  const concrete = path.replace(/:([a-z_]+)/g, '1').replace(/\/$/, '/1');
  return routes.some((r) => r.method === method && r.re.test(concrete));
}

function mentionedRoutes(text: string): { method: string; path: string }[] {
  const found = new Map<string, { method: string; path: string }>();
  for (const m of text.matchAll(/\b(GET|POST|PUT|PATCH|DELETE)\s+`?(\/api\/[A-Za-z0-9_\-/:{}]*)/g)) {
    found.set(`${m[1]} ${m[2]}`, { method: m[1], path: m[2] });
  }
  return [...found.values()];
}

const seedPath = `${shared}/seeds/timetracker-api-v1.md`;
const clientsPath = `${shared}/reference/timetracker-clients.md`;

const readIfThere = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : '');

it('the seed documents are beside the project (in CI they must be)', () => {
  if (process.env.CI) expect(existsSync(seedPath) && existsSync(clientsPath)).toBe(true);
});

describe.runIf(existsSync(seedPath))('the spec covers the seed', () => {
  const seedRoutes = mentionedRoutes(readIfThere(seedPath));

  it('finds the seed routes (sanity: the parser still reads the seed)', () => {
    expect(seedRoutes.length).toBeGreaterThanOrEqual(35);
  });

  it.each(seedRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s is in the spec', (_name, r) => {
    expect(specHas(r.method, r.path)).toBe(true);
  });
});

describe.runIf(existsSync(clientsPath))("the spec covers what the product's own clients call", () => {
  const clientRoutes = mentionedRoutes(readIfThere(clientsPath));
  const extra = [
    ['PATCH', '/api/v1/time-entries/:id'],
    ['POST', '/api/v1/timer/resume'],
    ['POST', '/api/v1/workday/end'],
    ['POST', '/api/v1/attendance/break/end'],
    ['GET', '/api/v1/tasks/:id'],
    ['PUT', '/api/v1/tasks/:id'],
    ['DELETE', '/api/v1/tasks/:id'],
    ['GET', '/api/v1/clients/:id'],
    ['PUT', '/api/v1/clients/:id'],
    ['DELETE', '/api/v1/clients/:id'],
  ].map(([method, path]) => ({ method, path }));

  it('finds the client routes (sanity)', () => {
    expect(clientRoutes.length).toBeGreaterThanOrEqual(15);
  });

  it.each([...clientRoutes, ...extra].map((r) => [`${r.method} ${r.path}`, r] as const))('%s is in the spec', (_name, r) => {
    expect(specHas(r.method, r.path)).toBe(true);
  });
});

describe('every operation is complete', () => {
  const ops = Object.entries(spec.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => [`${m.toUpperCase()} ${path}`, item[m] as Operation] as const),
  );
  const tagNames = new Set(spec.tags.map((t) => t.name));
  const ids = ops.map(([, op]) => op.operationId);

  it('has unique operationIds', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ops)('%s has an operationId, a declared tag, a summary, security, its scopes and an error response', (_name, op) => {
    expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(op.tags?.length).toBeGreaterThan(0);
    for (const tag of op.tags ?? []) expect(tagNames.has(tag)).toBe(true);
    expect(op.summary?.length).toBeGreaterThan(5);
    const security = op.security ?? spec.security;
    expect(Array.isArray(security)).toBe(true);
    const scopes = op['x-required-scopes'];
    expect(Array.isArray(scopes)).toBe(true);
    for (const s of scopes as unknown[]) expect(s).toMatch(/^(read|write|admin):[a-z_*]+$/);
    // An operation needing a scope must be secured; one with `security: []` must need none.
    if ((security as unknown[]).length === 0) expect(scopes).toEqual([]);
    const statuses = Object.keys(op.responses ?? {});
    expect(statuses.some((s) => /^[45]\d\d$/.test(s))).toBe(true);
    expect(statuses.some((s) => /^2\d\d$/.test(s))).toBe(true);
    if ((scopes as unknown[]).length > 0) {
      for (const s of ['401', '403', '404', '429']) expect(statuses).toContain(s);
    }
  });
});

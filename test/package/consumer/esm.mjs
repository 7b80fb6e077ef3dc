// Plain Node ESM, no TypeScript anywhere: every entry of the installed package.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import { createEngine as createCoreEngine } from 'timetracker-mock-kit/engine';
import { createClock } from 'timetracker-mock-kit/clock';
import { createHandlers } from 'timetracker-mock-kit/msw';
import { createHandlers as browserHandlers } from 'timetracker-mock-kit/browser';
import { createEngine, loadApi, specPath } from 'timetracker-mock-kit';
import spec from 'timetracker-mock-kit/openapi.json' with { type: 'json' };

const clock = createClock({ frozenAt: Date.parse('2026-11-16T10:00:00Z') });
const mock = createHandlers({ baseUrl: 'http://tt.test', seed: 1, clock });
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: 'error' });
const token = mock.tokens().find((t) => t.is_active && t.scopes.includes('admin:all')).token;
const res = await fetch('http://tt.test/api/v1/projects?per_page=5', { headers: { authorization: `Bearer ${token}` } });
const body = await res.json();
server.close();

const core = createCoreEngine(loadApi(), { seed: 1, clock });
const health = await core.handle({ method: 'GET', path: '/api/v1/health', search: '', headers: {} });
const yaml = readFileSync(fileURLToPath(import.meta.resolve('timetracker-mock-kit/openapi.yaml')), 'utf8');
console.log(JSON.stringify({
  status: res.status,
  projects: body.projects.length,
  health: health.status,
  jsonTitle: spec.info.title,
  yamlHead: yaml.slice(0, 14),
  specPath: specPath(),
  // The browser entry runs in Node too (spec as data), with the same seeded data.
  sameSeed: JSON.stringify(browserHandlers({ seed: 4, clock }).engine.store.snapshot()) === JSON.stringify(createEngine({ seed: 4, clock }).store.snapshot()),
}));

// CommonJS: require() of the installed package's entries.
const { setupServer } = require('msw/node');
const { createHandlers } = require('timetracker-mock-kit/msw');
const { createClock } = require('timetracker-mock-kit/clock');
const { createEngine } = require('timetracker-mock-kit/engine');
const kit = require('timetracker-mock-kit');

const mock = createHandlers({ baseUrl: 'http://tt.test', seed: 1, clock: createClock({ frozenAt: Date.parse('2026-11-16T10:00:00Z') }) });
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: 'error' });
const token = mock.tokens().find((t) => t.is_active && t.scopes.includes('admin:all')).token;
fetch('http://tt.test/api/v1/projects?per_page=5', { headers: { authorization: `Bearer ${token}` } })
  .then(async (r) => ({ status: r.status, projects: (await r.json()).projects.length }))
  .then((out) => {
    server.close();
    console.log(JSON.stringify({ ...out, seed: createEngine(kit.loadApi(), { seed: 9 }).seed, specPath: kit.specPath() }));
  });

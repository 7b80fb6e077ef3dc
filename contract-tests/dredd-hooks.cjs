/**
 * Dredd hooks: a thin CommonJS shim (Dredd require()s hook files) over the
 * TypeScript kit. Everything the hooks do -- configuration and the loopback
 * write rule, the spec walk, fixtures and cleanups, the room for time entries,
 * rate-limit pacing, one result per transaction for `npm run contract` --
 * lives in contract-tests/lib/dredd.ts and the modules it shares with the
 * suites. Works under the runner and standalone (`CONTRACT_TOKEN=... npx dredd`).
 */
/* eslint-disable */
const hooks = require('hooks');

/**
 * Load the kit: in a checkout, the TypeScript source compiled on the fly by
 * tsx's require hook (ESM syntax, import.meta included, becomes CommonJS);
 * in an installed package, the built module (dist/dredd-kit.js; Node 20.19+
 * can require() ESM without top-level await).
 */
function loadKit() {
  const path = require('path');
  const source = path.join(__dirname, 'lib', 'dredd.ts');
  if (require('fs').existsSync(source)) {
    require('tsx/cjs/api').register();
    return require(source);
  }
  return require(path.join(__dirname, '..', 'dist', 'dredd-kit.js'));
}

let kit;
let loadFailed = false;
/** The kit, created once; a rejected promise when it cannot load (then nothing is sent). */
function getKit() {
  kit ??= Promise.resolve()
    .then(() => loadKit().createDreddKit(hooks, process.env))
    .catch((e) => {
      loadFailed = true;
      console.error(`[contract] the Dredd hooks could not load the kit, so no transaction is sent: ${e && e.stack ? e.stack : e}`);
      throw e;
    });
  return kit;
}

// Hooks first, kit second: whatever fails to load, every transaction still passes through beforeEach.
for (const name of ['beforeAll', 'beforeEach', 'beforeEachValidation', 'afterEach', 'afterAll']) {
  hooks[name]((data, done) => {
    getKit()
      .then((k) => k[name](data))
      .catch((e) => {
        // Without a working kit nothing may go out: no token, no ids, maybe no write guard.
        if (name === 'beforeEach' && data && typeof data === 'object') data.skip = true;
        if (!loadFailed) console.error(`[contract] dredd ${name}: ${e && e.stack ? e.stack : e}`);
      })
      .then(() => done());
  });
}

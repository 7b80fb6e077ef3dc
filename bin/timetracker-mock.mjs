#!/usr/bin/env node
// npx timetracker-mock: the mock server, from the built package (dist/).
const cli = await import('../dist/cli.js').catch((e) => {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('/dist/cli.js')) {
    console.error('timetracker-mock: dist/ is missing: run `npm run build` first (or `npm start`, which runs the sources)');
    process.exit(1);
  }
  throw e;
});
cli.run(process.argv.slice(2));

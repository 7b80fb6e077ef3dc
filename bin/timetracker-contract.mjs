#!/usr/bin/env node
// npx timetracker-contract: the contract runner, from the built package (dist/; it runs on import).
await import('../dist/contract.js').catch((e) => {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('/dist/contract.js')) {
    console.error('timetracker-contract: dist/ is missing: run `npm run build` first (or `npm run contract --`, which runs the sources)');
    process.exit(1);
  }
  throw e;
});

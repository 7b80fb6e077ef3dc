#!/usr/bin/env node
// npx timetracker-contract: the contract runner, from the built package (dist/; `npm run build` in a checkout).
import '../dist/contract.js';

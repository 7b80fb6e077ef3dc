#!/usr/bin/env node
// npx timetracker-mock: the mock server, from the built package (dist/; `npm run build` in a checkout).
import { run } from '../dist/cli.js';

run(process.argv.slice(2));

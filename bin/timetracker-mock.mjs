#!/usr/bin/env node
// npx timetracker-mock: register tsx so the TypeScript sources run as they are, then start the CLI.
import { register } from 'tsx/esm/api';

register();
process.env.TIMETRACKER_MOCK_CLI = '1';
await import('../src/server/cli.ts');

/** TimeCamp's part of the contract kit: its cases, fixtures and flows (Dredd: TimeTracker only). */
import { defineKit } from '../lib/kit.js';
import { TIMECAMP_CASES } from './cases/index.js';
import { TimecampFixtures } from './fixtures.js';
import { conventionsFlow } from './flows/conventions.js';
import { entryChainFlow } from './flows/entry-chain.js';
import { timerFlow } from './flows/timer.js';

export const TIMECAMP_FLOWS = [conventionsFlow, timerFlow, entryChainFlow];

export const timecampKit = defineKit({ cases: TIMECAMP_CASES, fixtures: (root) => new TimecampFixtures(root), flows: TIMECAMP_FLOWS, dredd: false, entryRoom: false });

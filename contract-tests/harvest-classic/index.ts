/** Harvest classic's part of the contract kit: its cases, fixtures and flows (Dredd: TimeTracker only). */
import { defineKit } from '../lib/kit.js';
import { HARVEST_CASES } from './cases/index.js';
import { HarvestFixtures } from './fixtures.js';
import { restChain } from './flows/rest-chain.js';
import { timerFlow } from './flows/timer.js';

export const HARVEST_FLOWS = [restChain, timerFlow];

export const harvestClassicKit = defineKit({ cases: HARVEST_CASES, fixtures: (root) => new HarvestFixtures(root), flows: HARVEST_FLOWS, dredd: false, entryRoom: false });

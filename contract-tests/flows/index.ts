/** Every stateful flow, in the order they run. */
import type { Flow } from '../lib/flow.js';
import { archiveFlow } from './archive.js';
import { crudChain } from './crud-chain.js';
import { idempotencyFlow } from './idempotency.js';
import { paginationFlow } from './pagination.js';
import { searchFlow } from './search.js';
import { timerFlow } from './timer.js';

export const FLOWS: Flow[] = [crudChain, timerFlow, idempotencyFlow, paginationFlow, searchFlow, archiveFlow];

import { createHandlers } from 'timetracker-mock-kit/msw';
import { createClock } from 'timetracker-mock-kit/clock';
import { createEngine } from 'timetracker-mock-kit/engine';
import { createHandlers as inBrowser } from 'timetracker-mock-kit/browser';
import { loadApi } from 'timetracker-mock-kit';

const mock = createHandlers({ seed: 1, clock: createClock({ frozenAt: 0 }) });
mock.handler('listProjects');
inBrowser({ seed: 1 }).handler('getHealth');
export const engineSeed = createEngine(loadApi(), { seed: 3 }).seed;

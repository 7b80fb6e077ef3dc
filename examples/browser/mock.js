// The mock, in the browser: MSW's service worker answers the app's /api/v1 calls
// from the kit's engine. Needs mockServiceWorker.js next to the page
// (`npx msw init <folder>`). `?seed=N` picks the data, `?now=ISO` freezes the clock.
import { setupWorker } from 'msw/browser';
import { createClock, createHandlers } from 'timetracker-mock-kit/browser';

export async function startMock() {
  const params = new URLSearchParams(location.search);
  const now = params.get('now');
  const mock = createHandlers({
    baseUrl: location.origin,
    seed: Number(params.get('seed') ?? 1),
    ...(now ? { clock: createClock({ frozenAt: Date.parse(now) }) } : {}),
  });
  const worker = setupWorker(...mock.handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return mock;
}

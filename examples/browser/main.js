// Entry of the demo page: start the mock first, then the app (so its first call is answered).
import { startMock } from './mock.js';
import { startApp } from './app.js';

window.mock = await startMock(); // for a look from the devtools console: mock.engine.store, mock.clock...
await startApp();

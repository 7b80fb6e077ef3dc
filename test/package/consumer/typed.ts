import { HttpResponse } from 'msw';
import { createHandlers, type OperationId } from 'timetracker-mock-kit/msw';
import { createHandlers as browserHandlers } from 'timetracker-mock-kit/browser';
import { createEngine } from 'timetracker-mock-kit/engine';
import { loadApi, type operations } from 'timetracker-mock-kit';
import spec from 'timetracker-mock-kit/openapi.json' with { type: 'json' };

const mock = createHandlers({ baseUrl: 'http://tt.test', seed: 1 });
const id: OperationId = 'listProjects';
mock.handler(id);
mock.override('getProject', ({ params }) => HttpResponse.json({ error: 'x', message: params.project_id, error_code: 'not_found' }, { status: 404 }));
// @ts-expect-error -- not an operation of the spec
mock.override('listProjectz', () => HttpResponse.json({}));
// @ts-expect-error -- projects must be a list
mock.override('listProjects', () => HttpResponse.json({ projects: 1 }));
browserHandlers({ seed: 2 }).handler('getHealth');
const engine = createEngine(loadApi(), { seed: 1 });
type Health = operations['getHealth']['responses'][200]['content']['application/json'];
export const out: [string, number, Health | undefined] = [spec.openapi, engine.seed, undefined];

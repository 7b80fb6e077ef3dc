/**
 * Stage `authenticate`: who is calling, in the API's own way
 * (`ApiDefinition.authenticate`: tokens, Basic, session cookies...). Public
 * operations (`security: []`) pass without credentials.
 */
import type { ApiDefinition } from '../api.js';
import type { ApiEnv } from '../handler.js';
import type { Stage } from '../pipeline.js';
import type { ActiveProfile } from '../profile.js';

export function authenticate<E extends ApiEnv>(api: ApiDefinition<E>, profile: ActiveProfile<E['switches']>): Stage {
  return (x, next) => {
    const op = x.op!;
    if (!op.public) {
      const found = api.authenticate(x.req, op, x.store as E['store'], x.now, profile);
      x.auth = found.auth;
      x.identity = found.identity;
    }
    return next();
  };
}

/**
 * Stage `authorize`: role (`x-required-role`) and scopes
 * (`x-required-scopes`), in the API's own words (`ApiDefinition.authorize`).
 */
import type { ApiDefinition } from '../api.js';
import type { ApiEnv } from '../handler.js';
import type { Stage } from '../pipeline.js';

export function authorize<E extends ApiEnv>(api: ApiDefinition<E>, skipScopes: boolean): Stage {
  return (x, next) => {
    if (!x.op!.public) api.authorize(x.op!, x.auth as E['auth'], skipScopes);
    return next();
  };
}

/**
 * Stage `prefer`: the success answer a preference asked for (`Prefer:
 * example=…` or `dynamic=true`, chosen by the `faults` stage), given instead
 * of the handler's once the request has passed validation, so a client that
 * sends a bad body still gets its 400, as from the real server.
 */
import type { Stage } from '../pipeline.js';

export function prefer(): Stage {
  return (x, next) => (x.preferred ? { ...x.preferred, headers: { ...x.preferred.headers } } : next());
}

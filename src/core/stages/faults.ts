/**
 * Stage `faults`: per-request preferences and faults (`Prefer: code=…,
 * example=…, dynamic=…, latency=…, fault=…` or `__code`-style query
 * parameters) and the global fault rules. An injected error answer replaces
 * the handler's at once; an example or generated success answer waits for
 * validation (the `prefer` stage gives it); latency and malformed bodies
 * change the answer. Either way the answer is deliberate: not strict-checked,
 * never served from or stored in the read cache, never remembered for an
 * `Idempotency-Key`. Honoured preferences are named in `Preference-Applied`.
 */
import type { FaultInjector } from '../faults.js';
import type { Stage } from '../pipeline.js';
import type { CoreResponse } from '../types.js';

export function faults(injector: FaultInjector): Stage {
  return (x, next) => {
    const fault = injector.decide(x.op!, x.req, x.now);
    if (!fault) return next();
    if (!fault.stateful) x.deliberate = true;
    x.note = fault.note;
    const applied = (res: CoreResponse): CoreResponse => {
      if (fault.applied && (fault.appliedStatus === undefined || fault.appliedStatus === res.status)) res.headers['Preference-Applied'] = fault.applied;
      return res;
    };
    if (fault.error) {
      if (!fault.applied) throw fault.error;
      fault.error.headers['Preference-Applied'] = fault.applied;
      throw fault.error;
    }
    if (fault.response) return applied(fault.response);
    if (fault.preferred) x.preferred = fault.preferred;
    const res = next();
    return applied(fault.transform ? { ...res, ...fault.transform(res) } : res);
  };
}

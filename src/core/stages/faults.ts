/**
 * Stage `faults`: per-request faults (`Prefer: code=…, example=…, latency=…,
 * fault=…` or `__code`-style query parameters) and the global fault rules.
 * An injected answer replaces the handler's; latency and malformed bodies
 * change it. Either way the answer is deliberate: not strict-checked, and
 * never served from or stored in the read cache.
 */
import type { FaultInjector } from '../faults.js';
import type { Stage } from '../pipeline.js';

export function faults(injector: FaultInjector): Stage {
  return (x, next) => {
    const fault = injector.decide(x.op!, x.req);
    if (!fault) return next();
    x.deliberate = true;
    x.note = fault.note;
    if (fault.error) throw fault.error;
    if (fault.response) return fault.response;
    const res = next();
    return fault.transform ? { ...res, ...fault.transform(res) } : res;
  };
}

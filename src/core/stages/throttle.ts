/**
 * Stage `throttle`: per-token windows (429 past a limit) and the documented
 * `X-RateLimit-*` headers on every counted answer; with the `harvest`
 * profile, the per-account lockout (503, deliberate: off-contract on
 * purpose), counted per `identity.throttleKey` (default: the caller's
 * account); with the `timecamp` profile, the per-caller window (429). The
 * `X-RateLimit-*` headers go only on operations whose spec declares them.
 * Session calls, mock-only and `x-throttle-exempt` operations are not counted.
 */
import type { Stage } from '../pipeline.js';
import type { OperationDef } from '../spec-model.js';
import type { Throttle } from '../throttle.js';

const declared = new WeakMap<OperationDef, boolean>();
/** Does the spec declare the rate-limit headers on any answer of the operation? */
function declaresRateHeaders(op: OperationDef): boolean {
  let d = declared.get(op);
  if (d === undefined) declared.set(op, (d = Object.values(op.responses).some((r) => 'x-ratelimit-limit' in r.headers)));
  return d;
}

export function throttle(t: Throttle): Stage {
  return (x, next) => {
    const op = x.op!;
    const token = x.identity?.token;
    const counted = token !== undefined && token !== null && !op.sessionRoute && !op.throttleExempt;
    const rateHeaders = counted ? t.countToken(token.id, x.now, t.options.profile === 'timetracker') : null;
    if (x.identity && !op.throttleExempt && t.options.profile === 'timecamp') t.countCaller(x.identity.throttleKey ?? x.identity.account, x.now);
    if (x.identity && !op.throttleExempt && t.options.profile === 'harvest') {
      try {
        t.countAccount(x.identity.throttleKey ?? x.identity.account, x.now);
      } catch (error) {
        x.deliberate = true;
        throw error;
      }
    }
    const res = next();
    if (rateHeaders && declaresRateHeaders(op)) for (const [k, v] of Object.entries(rateHeaders)) res.headers[k] ??= v;
    return res;
  };
}

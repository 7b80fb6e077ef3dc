/**
 * Stage `dispatch` (innermost): the operation's handler, with the context
 * the earlier stages built. The handler's result becomes the answer.
 */
import type { AnyHandler, Ctx, HandlerServices } from '../handler.js';
import type { Stage } from '../pipeline.js';
import type { ActiveProfile } from '../profile.js';

export function dispatch(handlers: Readonly<Record<string, AnyHandler>>, services: HandlerServices, profile: ActiveProfile): Stage {
  return (x) => {
    const op = x.op!;
    const handler = handlers[op.operationId];
    const ctx: Ctx = { op, params: x.params, query: x.query, body: x.body, contentType: x.contentType, req: x.req, auth: x.auth, store: x.store as Ctx['store'], now: x.now, services, profile };
    const out = handler(ctx);
    return { status: out.status, headers: out.headers ? { ...out.headers } : {}, body: out.body };
  };
}

/**
 * Stage `idempotency`: on operations that take an `Idempotency-Key` header,
 * a repeat of a key this token used for a 201 is answered with the stored
 * status and body before the body is even parsed (as the real server does),
 * and creates nothing; a new 201 is remembered.
 */
import { IdempotencyStore } from '../idempotency.js';
import type { Stage } from '../pipeline.js';

export function idempotency(keys: IdempotencyStore): Stage {
  return (x, next) => {
    const token = x.identity?.token;
    const key = x.op!.idempotent && token ? IdempotencyStore.keyOf(x.req.headers['idempotency-key']) : null;
    if (key === null || !token) return next();
    const replay = keys.lookup(token.id, key, x.now);
    if (replay) return { status: replay.status, headers: {}, body: replay.body };
    const res = next();
    if (res.status === 201 && !x.deliberate) keys.remember(token.id, key, x.now, res.status, res.body);
    return res;
  };
}

/**
 * `POST /oauth2/token`: the password grant and refresh tokens. The client
 * authenticates with `client_id`/`client_secret` form fields (documented) or
 * HTTP Basic (observed: the CLI); a refresh token is used once.
 */
import { basicCredentials } from '../../apis/harvest-classic/auth.js';
import type { CoffeeCupHandlers } from '../../apis/coffeecup/env.js';
import { ApiError } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import type { CoreRequest } from '../../core/types.js';
import { ACCESS_TOKEN_SECONDS, REFRESH_TOKEN_SECONDS } from '../../fixtures/coffeecup/index.js';
import type { CoffeeCupStore } from '../../store/coffeecup/store.js';
import type { OAuthClientRow, UserRow } from '../../store/coffeecup/types.js';

const invalidGrant = (raw: string) => new ApiError(400, raw, 'E_INVALID_GRANT');

function clientOf(store: CoffeeCupStore, req: CoreRequest, body: { client_id?: string; client_secret?: string }): OAuthClientRow {
  const header = req.headers.authorization;
  const basic = header && /^basic\s/i.test(header.trim()) ? basicCredentials(header) : null;
  const [id, secret] = basic ?? [body.client_id, body.client_secret];
  if (id === undefined || secret === undefined) throw new ApiError(401, 'Client authentication required: client_id and client_secret (or HTTP Basic)', 'E_INVALID_CLIENT');
  const client = store.oauthClients.findBy('clientId', id);
  if (!client || client.secret !== secret) throw new ApiError(401, 'Unknown client or wrong client secret', 'E_INVALID_CLIENT');
  return client;
}

function pair(store: CoffeeCupStore, user: UserRow, client: OAuthClientRow, now: number) {
  const purpose = `issued by POST /oauth2/token to ${client.clientId}`;
  const access = store.issueToken({ kind: 'access', userId: user.id, clientId: client.clientId, now, seconds: ACCESS_TOKEN_SECONDS, purpose });
  const refresh = store.issueToken({ kind: 'refresh', userId: user.id, clientId: client.clientId, now, seconds: REFRESH_TOKEN_SECONDS, purpose });
  return ok({ token_type: 'bearer' as const, access_token: access.token, expires_in: ACCESS_TOKEN_SECONDS, refresh_token: refresh.token });
}

export const oauth = {
  createToken: ({ store, body, req, now }) => {
    const client = clientOf(store, req, body);
    if (body.grant_type === 'password') {
      if (body.username === undefined || body.password === undefined) throw invalidGrant('The password grant needs username and password');
      const user = store.users.findBy('email', body.username.trim().toLowerCase());
      if (!user || user.password !== body.password) throw invalidGrant('Invalid username or password');
      if (user.status !== 1) throw invalidGrant('This user is archived');
      return pair(store, user, client, now);
    }
    if (body.refresh_token === undefined) throw invalidGrant('The refresh_token grant needs refresh_token');
    const row = store.tokens.findBy('token', body.refresh_token);
    if (!row || row.kind !== 'refresh' || row.clientId !== client.clientId || row.expiresAt <= now) throw invalidGrant('Invalid refresh token');
    const user = store.users.get(row.userId);
    if (!user || user.status !== 1) throw invalidGrant('This user is archived');
    store.tokens.delete(row.id); // used once
    return pair(store, user, client, now);
  },
} satisfies Partial<CoffeeCupHandlers>;

/**
 * Tokens of an OAuth API (`--api coffeecup`) from the password grant, when
 * the run was given logins rather than tokens: `POST /oauth2/token` with
 * `grant_type=password` and the client's credentials as form fields (as the
 * docs say). Sent with plain fetch, not the suites' client, so a read-only
 * run can still sign in (a grant changes no account data).
 */
import type { BasicCredential, ContractConfig } from './config.js';

export class GrantError extends Error {}

/** An access token for `login`, or GrantError with the server's message. */
export async function passwordGrant(config: ContractConfig, login: BasicCredential): Promise<string> {
  const oauth = config.oauth!;
  const body = new URLSearchParams({ grant_type: 'password', username: login.username, password: login.password, client_id: oauth.clientId, client_secret: oauth.clientSecret });
  let res: Response;
  try {
    res = await fetch(`${config.baseUrl}/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'user-agent': 'timetracker-contract-tests' }, body, signal: AbortSignal.timeout(config.timeoutMs) });
  } catch (error) {
    throw new GrantError(`the password grant for ${login.username} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const token = typeof json === 'object' && json !== null ? (json as { access_token?: unknown }).access_token : undefined;
  if (res.status !== 200 || typeof token !== 'string' || token === '') {
    const raw = typeof json === 'object' && json !== null && typeof (json as { raw?: unknown }).raw === 'string' ? (json as { raw: string }).raw : text.slice(0, 160);
    throw new GrantError(`the password grant for ${login.username} answered ${res.status}: ${raw}`);
  }
  return token;
}

/** The configuration with the tokens the logins give (only what --token / --user-token did not already give). */
export async function withOAuthTokens(config: ContractConfig): Promise<ContractConfig> {
  if (!config.oauth) return config;
  const token = config.token || (config.oauth.admin ? await passwordGrant(config, config.oauth.admin) : '');
  const userToken = config.userToken ?? (config.oauth.user ? await passwordGrant(config, config.oauth.user) : undefined);
  return { ...config, token, userToken };
}

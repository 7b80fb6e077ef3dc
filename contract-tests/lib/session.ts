/**
 * A web session for the session routes (the web JSON routes under `/api`
 * whose only security scheme is the session cookie: they take no API token).
 * The real TimeTracker's session is Flask-Login's, started by its login form
 * (timetracker-v1.md §13; app/routes/auth.py): `GET /login` gives the form
 * with a hidden `csrf_token` and a pre-login `session` cookie that carries
 * the CSRF secret; posting the credentials with both answers a 302 and the
 * logged-in `session` cookie. The mock serves the same form.
 */
import { SetupError } from './checks.js';

export interface WebSession {
  /** The `Cookie` header value that carries the session. */
  cookie: string;
}

/** The `name=value` of each Set-Cookie of a response. */
function cookiesOf(res: Response): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq > 0) out.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return out;
}

const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/**
 * Log in through the web form. Throws SetupError with what went wrong (no
 * form, no CSRF token, the login page again: wrong credentials).
 */
export async function webLogin(baseUrl: string, username: string, password: string, timeoutMs: number, userAgent = 'timetracker-contract-tests'): Promise<WebSession> {
  const signal = () => AbortSignal.timeout(timeoutMs);
  const page = await fetch(`${baseUrl}/login`, { redirect: 'manual', headers: { Accept: 'text/html', 'User-Agent': userAgent }, signal: signal() });
  const html = await page.text();
  if (page.status !== 200) throw new SetupError(`the web login page GET /login answered ${page.status}`);
  const csrf = /name=["']csrf_token["'][^>]*value=["']([^"']+)["']/.exec(html)?.[1] ?? /value=["']([^"']+)["'][^>]*name=["']csrf_token["']/.exec(html)?.[1];
  if (!csrf) throw new SetupError('the web login page GET /login has no csrf_token field');
  const jar = cookiesOf(page);
  const res = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html', Cookie: header(jar), 'User-Agent': userAgent },
    body: new URLSearchParams({ csrf_token: csrf, username, password }).toString(),
    signal: signal(),
  });
  await res.text();
  if (res.status !== 302) throw new SetupError(`the web login POST /login answered ${res.status}, not a redirect (${res.status === 200 ? 'wrong --username/--password?' : 'refused'})`);
  for (const [k, v] of cookiesOf(res)) jar.set(k, v);
  if (!jar.has('session')) throw new SetupError('the web login POST /login set no session cookie');
  return { cookie: header(jar) };
}

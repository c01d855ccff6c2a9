/** Signs a staff user in through next-auth's credentials endpoint, as the sign-in form does. */

const SESSION_COOKIE = /^(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

/** `name=value` pairs of a response's Set-Cookie headers. */
function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.split(';')[0]);
}

/** Returns a Cookie header value holding the session token; throws when sign-in fails. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiePairs(csrf).join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }).toString(),
  });
  const session = cookiePairs(response).filter((pair) => SESSION_COOKIE.test(pair));
  if (session.length === 0) {
    throw new Error(`Sign-in as ${email} set no session cookie (${response.status} ${response.headers.get('location') ?? (await response.text()).slice(0, 200)})`);
  }
  return session.join('; ');
}

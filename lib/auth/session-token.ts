import { decode } from 'next-auth/jwt';

/** The cookie next-auth keeps the session JWT in (`__Secure-` when the app is served over https). */
export function sessionCookieName(isSecure: boolean): string {
  return `${isSecure ? '__Secure-' : ''}next-auth.session-token`;
}

/** The token from the request's cookies: one cookie, or next-auth's chunks `.0`, `.1`… of a long one. */
export function sessionTokenFromCookies(cookies: readonly { name: string; value: string }[], name: string): string | undefined {
  const whole = cookies.find((cookie) => cookie.name === name);
  if (whole?.value) return whole.value;
  const chunks = cookies
    .map((cookie) => ({ index: cookie.name.startsWith(name) ? /^\.(\d+)$/.exec(cookie.name.slice(name.length))?.[1] : undefined, value: cookie.value }))
    .filter((chunk) => chunk.index !== undefined)
    .sort((a, b) => Number(a.index) - Number(b.index));
  return chunks.length ? chunks.map((chunk) => chunk.value).join('') : undefined;
}

/** next-auth's `decode` accepts a token until 15 s after its expiry */
const CLOCK_TOLERANCE_S = 15;
const REMEMBERED_TOKENS = 1000;
const remembered = new Map<string, { secret: string; userId: string; expiresAt: number }>();

/**
 * The user id in a session JWT, decrypted and its expiry checked by next-auth's own `decode` (as
 * `getServerSession` does); a tampered, expired or foreign token is nobody, as in next-auth. A
 * token once decrypted is remembered until it expires: decrypting it again (a key derivation
 * and an AES-GCM pass) would give the same answer on each of the user's requests.
 */
export async function sessionUserIdFromToken(token: string, secret: string): Promise<string | null> {
  const known = remembered.get(token);
  if (known && known.secret === secret && Date.now() < known.expiresAt) return known.userId;
  let payload: Awaited<ReturnType<typeof decode>>;
  try {
    payload = await decode({ token, secret });
  } catch {
    return null;
  }
  const userId = typeof payload?.sub === 'string' ? payload.sub : null;
  if (userId && typeof payload?.exp === 'number') {
    if (remembered.size >= REMEMBERED_TOKENS) remembered.delete(remembered.keys().next().value!);
    remembered.set(token, { secret, userId, expiresAt: (payload.exp + CLOCK_TOLERANCE_S) * 1000 });
  }
  return userId;
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { sessionCookieName, sessionTokenFromCookies, sessionUserIdFromToken } from '@/lib/auth/session-token.ts';

const SECRET = 'unit-test-secret';
const token = (sub: string, maxAge = 3600, secret = SECRET) => encode({ token: { sub, name: 'Terry' }, secret, maxAge });

afterEach(() => {
  vi.useRealTimers();
});

describe('the session token', () => {
  it('names the cookie as next-auth does', () => {
    expect(sessionCookieName(false)).toBe('next-auth.session-token');
    expect(sessionCookieName(true)).toBe('__Secure-next-auth.session-token');
  });

  it('reads one cookie, or next-auth’s chunks in order, and ignores look-alikes', () => {
    const name = 'next-auth.session-token';
    expect(sessionTokenFromCookies([{ name: 'other', value: 'x' }, { name, value: 'abc' }], name)).toBe('abc');
    expect(sessionTokenFromCookies([{ name: `${name}.1`, value: 'def' }, { name: `${name}.0`, value: 'abc' }, { name: `${name}.x`, value: '!' }], name)).toBe('abcdef');
    expect(sessionTokenFromCookies([{ name: 'next-auth.csrf-token', value: 'x' }], name)).toBeUndefined();
  });

  it('gives the user of a valid token, again and again', async () => {
    const valid = await token('user-1');
    expect(await sessionUserIdFromToken(valid, SECRET)).toBe('user-1');
    expect(await sessionUserIdFromToken(valid, SECRET)).toBe('user-1');
  });

  it('gives nobody for another secret, a tampered or an expired token — also once the token was seen', async () => {
    const valid = await token('user-2');
    expect(await sessionUserIdFromToken(valid, SECRET)).toBe('user-2');
    expect(await sessionUserIdFromToken(valid, 'another-secret')).toBeNull();
    expect(await sessionUserIdFromToken(`${valid.slice(0, -4)}AAAA`, SECRET)).toBeNull();
    expect(await sessionUserIdFromToken(await token('user-3', -60), SECRET)).toBeNull();

    vi.useFakeTimers({ now: Date.now() + 2 * 3600_000 });
    expect(await sessionUserIdFromToken(valid, SECRET)).toBeNull();
  });
});

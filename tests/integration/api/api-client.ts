import { db } from '@/lib/db/client.ts';
import type { Role } from '@/lib/auth/roles.ts';
import { hashToken, newToken } from '@/lib/auth/token-hash.ts';
import type { RouteHandler } from '@/app/_lib/api-handler.ts';
import { createApiToken } from '@/lib/server/api-tokens/create-api-token.ts';
import { actorOf, makeUser } from '@/tests/factories/index.ts';

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

/** Calls a route handler as Next would, with a real Request; returns status, JSON and headers. */
export async function call(handler: RouteHandler, method: string, path: string, options: CallOptions = {}) {
  const url = new URL(`http://localhost/api/v1${path}`);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(options.params ?? {}) });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json = (await response.json()) as any;
  return { status: response.status, body: json, headers: response.headers };
}

/** A staff user and a token issued through the real use case. */
export async function staffToken(role: Extract<Role, 'technician' | 'account_manager' | 'admin'> = 'technician') {
  const admin = actorOf(await makeUser(db, { role: 'admin' }));
  const user = await makeUser(db, { role });
  const created = await createApiToken({ actor: admin, input: { name: `Integration for ${user.name}`, userId: user.id } });
  return { user, actor: actorOf(user), admin, token: created.token, tokenId: created.id };
}

/** Token rows the admin UI would never issue (e.g. owned by a customer), written directly. */
export async function rawToken(userId: string) {
  const token = newToken('psa');
  const row = await db.apiToken.create({ data: { userId, name: 'raw', tokenHash: hashToken(token), prefix: token.slice(0, 12) } });
  return { token, tokenId: row.id };
}

import type { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import type { Role } from '@/lib/auth/roles.ts';
import { AppError, isAppError } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { authenticateApiToken, type ApiActor } from '@/lib/server/api-tokens/authenticate-api-token.ts';
import { requestFingerprint, runIdempotent, type ApiResponseRecord } from '@/lib/server/api/run-idempotent.ts';

type Schema = z.ZodType | undefined;
type Parsed<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export interface ApiRouteSpec<P extends Schema, Q extends Schema, B extends Schema> {
  roles: readonly Role[];
  params?: P;
  query?: Q;
  body?: B;
}

export interface ApiContext<P extends Schema, Q extends Schema, B extends Schema> {
  actor: ApiActor;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  /** the database to pass to use cases: joins the idempotency transaction when there is one */
  db: Db;
  request: Request;
}

export interface ApiResult {
  status?: number;
  body: unknown;
}

/** Next passes `{ params: Promise<…> }`; tests may omit it for routes without parameters. */
export type RouteContext = { params?: Promise<unknown> };
export type RouteHandler = (request: Request, context?: RouteContext) => Promise<Response>;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body ?? null), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

function errorResponse(error: unknown, request: Request): Response {
  if (isAppError(error)) {
    const body: Record<string, unknown> = { error: error.message };
    if (error.fieldErrors) body.fieldErrors = error.fieldErrors;
    if (error.code === 'refused') body.reason = typeof error.details?.reason === 'string' ? error.details.reason : error.message;
    const headers: Record<string, string> = error.code === 'unauthenticated' ? { 'www-authenticate': 'Bearer' } : {};
    return json(error.httpStatus, body, headers);
  }
  console.error(`Unexpected error in ${request.method} ${new URL(request.url).pathname}`, error);
  return json(500, { error: 'Something went wrong on our side; nothing was saved.' });
}

function bearerOf(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match ? match[1] : null;
}

async function readJsonBody(request: Request): Promise<{ raw: string; value: unknown }> {
  const raw = await request.text();
  if (!raw.trim()) return { raw, value: {} };
  try {
    return { raw, value: JSON.parse(raw) };
  } catch {
    throw new AppError('invalid', 'The request body must be valid JSON.');
  }
}

/**
 * The one wrapper for REST API v1 route handlers: bearer token → authorize → parse params,
 * query and JSON body with the route's zod schemas (400 with field errors) → handler, with
 * `Idempotency-Key` honoured on POST. Expected errors map to their status; others are logged
 * and answered 500 without internals.
 */
export function apiHandler<P extends Schema = undefined, Q extends Schema = undefined, B extends Schema = undefined>(
  spec: ApiRouteSpec<P, Q, B>,
  handler: (context: ApiContext<P, Q, B>) => Promise<ApiResult>,
): RouteHandler {
  return async (request, routeContext) => {
    try {
      const actor = await authenticateApiToken(bearerOf(request));
      if (!actor) throw new AppError('unauthenticated', 'Send a valid API token as "Authorization: Bearer <token>".');
      authorize(actor, { roles: spec.roles });

      const url = new URL(request.url);
      const params = (spec.params ? parseOrThrow(spec.params, (await routeContext?.params) ?? {}) : undefined) as Parsed<P>;
      const query = (spec.query ? parseOrThrow(spec.query, Object.fromEntries(url.searchParams)) : undefined) as Parsed<Q>;
      const rawBody = spec.body ? await readJsonBody(request) : { raw: '', value: undefined };
      const body = (spec.body ? parseOrThrow(spec.body, rawBody.value) : undefined) as Parsed<B>;

      const run = async (database: Db): Promise<ApiResponseRecord> => {
        const result = await handler({ actor, params, query, body, db: database, request });
        return { status: result.status ?? 200, body: result.body };
      };
      const idempotencyKey = request.headers.get('idempotency-key');
      if (request.method === 'POST' && idempotencyKey !== null) {
        const response = await runIdempotent({
          tokenId: actor.tokenId,
          key: idempotencyKey,
          fingerprint: requestFingerprint(request.method, url.pathname, rawBody.raw),
          run,
        });
        return json(response.status, response.body, response.isReplay ? { 'idempotent-replayed': 'true' } : {});
      }
      const response = await run(db);
      return json(response.status, response.body);
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}

/** For the few documents anyone may read (the OpenAPI description): no token, same error handling. */
export function publicApiHandler(handler: (request: Request) => Promise<ApiResult>): RouteHandler {
  return async (request) => {
    try {
      const result = await handler(request);
      return json(result.status ?? 200, result.body);
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}

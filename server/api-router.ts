/**
 * Serves REST API v1 without Next's request pipeline: the production server (scripts/serve.mjs)
 * hands `/api/v1/…` requests here, to the very route handlers Next would call. An API request
 * renders nothing, yet Next's routing, request wrapping and render bookkeeping cost ~6 ms of
 * CPU per request — more than logging time itself. `next dev` still serves the routes itself.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_METHODS, API_V1_ROUTES, type ApiMethod, type ApiRouteModule } from '@/app/api/v1/route-table.ts';
import type { RouteHandler } from '@/app/_lib/api-handler.ts';

/** Integrations send small JSON bodies; the cap keeps one client from filling the memory. */
export const MAX_API_BODY_BYTES = 1024 * 1024;

interface CompiledRoute {
  segments: string[];
  module: ApiRouteModule;
}

export interface MatchedRoute {
  handler: RouteHandler;
  params: Record<string, string>;
}

export function compileRoutes(routes: readonly { path: string; module: ApiRouteModule }[]): CompiledRoute[] {
  return routes.map((route) => ({ segments: route.path.slice(1).split('/'), module: route.module }));
}

/**
 * The handler for a method and path, with its `[param]` values; null when no route or no such
 * method matches (Next then answers, with its 404 or 405).
 */
export function matchApiRoute(routes: CompiledRoute[], method: string, pathname: string): MatchedRoute | null {
  if (!(API_METHODS as readonly string[]).includes(method)) return null;
  const parts = pathname.slice(1).split('/');
  for (const route of routes) {
    if (route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const isMatch = route.segments.every((segment, index) => {
      if (segment.startsWith('[') && segment.endsWith(']')) {
        if (!parts[index]) return false;
        try {
          params[segment.slice(1, -1)] = decodeURIComponent(parts[index]);
          return true;
        } catch {
          return false;
        }
      }
      return segment === parts[index];
    });
    if (!isMatch) continue;
    const handler = route.module[method as ApiMethod];
    return handler ? { handler, params } : null;
  }
  return null;
}

type ReadBody = { body: Buffer<ArrayBuffer> } | { problem: 'too_large' | 'aborted' };

function readBody(request: IncomingMessage): Promise<ReadBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // past the limit the rest is read and dropped, so the client still gets its answer
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_API_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_API_BODY_BYTES ? { problem: 'too_large' } : { body: Buffer.concat(chunks) }));
    // a client that hangs up mid-body is no error of ours, and nobody waits for an answer
    request.on('error', () => resolve({ problem: 'aborted' }));
    request.on('close', () => {
      if (!request.complete) resolve({ problem: 'aborted' });
    });
  });
}

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = request.rawHeaders;
  for (let index = 0; index < raw.length; index += 2) {
    if (!raw[index].startsWith(':')) headers.append(raw[index], raw[index + 1]);
  }
  return headers;
}

async function send(response: ServerResponse, answer: Response): Promise<void> {
  const body = Buffer.from(await answer.arrayBuffer());
  const headers: Record<string, string> = {};
  answer.headers.forEach((value, key) => {
    headers[key] = value;
  });
  headers['content-length'] = String(body.length);
  response.writeHead(answer.status, headers);
  response.end(body);
}

/**
 * A request listener for the production server: returns false, touching nothing, when the
 * request is not an API v1 route it serves (the caller passes it on to Next).
 */
export function createApiRequestListener(routes = API_V1_ROUTES) {
  const compiled = compileRoutes(routes);
  return (request: IncomingMessage, response: ServerResponse): boolean => {
    const url = request.url ?? '/';
    if (!url.startsWith('/api/v1/')) return false;
    const queryAt = url.indexOf('?');
    const matched = matchApiRoute(compiled, request.method ?? 'GET', queryAt === -1 ? url : url.slice(0, queryAt));
    if (!matched) return false;
    void (async () => {
      const method = request.method ?? 'GET';
      let body: Buffer<ArrayBuffer> | undefined;
      if (method !== 'GET' && method !== 'HEAD') {
        const read = await readBody(request);
        if ('problem' in read) {
          if (read.problem === 'aborted') return;
          await send(response, Response.json({ error: `The request body is limited to ${MAX_API_BODY_BYTES} bytes.` }, { status: 413 }));
          return;
        }
        body = read.body;
      }
      const webRequest = new Request(`http://${request.headers.host ?? 'localhost'}${url}`, { method, headers: headersOf(request), body });
      await send(response, await matched.handler(webRequest, { params: Promise.resolve(matched.params) }));
    })().catch((error: unknown) => {
      console.error(`[api] ${request.method} ${url} failed outside its handler`, error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ error: 'Something went wrong on our side; nothing was saved.' }));
    });
    return true;
  };
}

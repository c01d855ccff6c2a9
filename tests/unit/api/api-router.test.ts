import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_METHODS, API_V1_ROUTES } from '@/app/api/v1/route-table.ts';
import { compileRoutes, matchApiRoute } from '@/server/api-router.ts';
import type { RouteHandler } from '@/app/_lib/api-handler.ts';

const API_DIR = path.resolve('app/api/v1');

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

describe('the API v1 route table', () => {
  it('lists every route.ts of app/api/v1 once, by its folder path', () => {
    const fromFolders = routeFiles(API_DIR)
      .map((file) => `/api/v1/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join('/')}`)
      .sort();
    expect(API_V1_ROUTES.map((route) => route.path).sort()).toEqual(fromFolders);
  });

  it('serves each module with exactly the methods its file exports', async () => {
    for (const route of API_V1_ROUTES) {
      const file = path.join(API_DIR, route.path.slice('/api/v1/'.length), 'route.ts');
      const exported = Object.keys(await import(file)).filter((name) => (API_METHODS as readonly string[]).includes(name));
      expect(Object.keys(route.module).filter((name) => (API_METHODS as readonly string[]).includes(name)).sort(), route.path).toEqual(exported.sort());
    }
  });
});

describe('matchApiRoute', () => {
  const get: RouteHandler = async () => new Response('list');
  const post: RouteHandler = async () => new Response('log');
  const routes = compileRoutes([
    { path: '/api/v1/tickets', module: { GET: get } },
    { path: '/api/v1/tickets/[id]/time-entries', module: { POST: post } },
  ]);

  it('matches a static path and a path with a parameter, decoding it', () => {
    expect(matchApiRoute(routes, 'GET', '/api/v1/tickets')).toEqual({ handler: get, params: {} });
    expect(matchApiRoute(routes, 'POST', '/api/v1/tickets/a%20b/time-entries')).toEqual({ handler: post, params: { id: 'a b' } });
  });

  it('leaves unknown paths, other methods and undecodable parameters to Next (null)', () => {
    expect(matchApiRoute(routes, 'GET', '/api/v1/nothing')).toBeNull();
    expect(matchApiRoute(routes, 'DELETE', '/api/v1/tickets')).toBeNull();
    expect(matchApiRoute(routes, 'constructor', '/api/v1/tickets')).toBeNull();
    expect(matchApiRoute(routes, 'POST', '/api/v1/tickets/%E0%A4%A/time-entries')).toBeNull();
    expect(matchApiRoute(routes, 'POST', '/api/v1/tickets/1/time-entries/extra')).toBeNull();
  });

  it('leaves a trailing slash or an empty parameter to Next (it redirects or answers 404)', () => {
    expect(matchApiRoute(routes, 'GET', '/api/v1/tickets/')).toBeNull();
    expect(matchApiRoute(routes, 'POST', '/api/v1/tickets//time-entries')).toBeNull();
  });
});

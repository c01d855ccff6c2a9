import type { RouteHandler } from '@/app/_lib/api-handler.ts';
import * as clients from './clients/route.ts';
import * as clientAssets from './clients/[id]/assets/route.ts';
import * as clientQuota from './clients/[id]/quota/route.ts';
import * as clientRetainer from './clients/[id]/retainer/route.ts';
import * as clientRetainerPurchases from './clients/[id]/retainer/purchases/route.ts';
import * as estimateApprove from './estimates/[id]/approve/route.ts';
import * as openApi from './openapi.json/route.ts';
import * as tickets from './tickets/route.ts';
import * as ticket from './tickets/[id]/route.ts';
import * as ticketEstimates from './tickets/[id]/estimates/route.ts';
import * as ticketTimeEntries from './tickets/[id]/time-entries/route.ts';

export const API_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type ApiMethod = (typeof API_METHODS)[number];
export type ApiRouteModule = Partial<Record<ApiMethod, RouteHandler>>;

/**
 * Every route of the API v1 folder, by its path (`[id]` is one segment), for the production
 * server's direct dispatch (server/api-router.ts). A test checks it lists every route.ts here.
 */
export const API_V1_ROUTES: readonly { path: string; module: ApiRouteModule }[] = [
  { path: '/api/v1/clients', module: clients },
  { path: '/api/v1/clients/[id]/assets', module: clientAssets },
  { path: '/api/v1/clients/[id]/quota', module: clientQuota },
  { path: '/api/v1/clients/[id]/retainer', module: clientRetainer },
  { path: '/api/v1/clients/[id]/retainer/purchases', module: clientRetainerPurchases },
  { path: '/api/v1/estimates/[id]/approve', module: estimateApprove },
  { path: '/api/v1/openapi.json', module: openApi },
  { path: '/api/v1/tickets', module: tickets },
  { path: '/api/v1/tickets/[id]', module: ticket },
  { path: '/api/v1/tickets/[id]/estimates', module: ticketEstimates },
  { path: '/api/v1/tickets/[id]/time-entries', module: ticketTimeEntries },
];

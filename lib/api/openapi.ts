import { OpenAPIRegistry, OpenApiGeneratorV3, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import { assetListResponseSchema, clientListResponseSchema, quotaQuerySchema, quotaResponseSchema } from './schemas/clients.ts';
import { errorResponseSchema, idParamsSchema } from './schemas/common.ts';
import { approveEstimateBodySchema, approveEstimateResponseSchema, createdIdResponseSchema, raiseEstimateBodySchema } from './schemas/estimates.ts';
import { retainerPurchaseBodySchema, retainerPurchaseResponseSchema, retainerResponseSchema } from './schemas/retainer.ts';
import { createTicketBodySchema, createTicketResponseSchema, ticketSummaryResponseSchema, updateTicketBodySchema } from './schemas/tickets.ts';
import { createTimeEntryBodySchema, timeEntryResponseSchema } from './schemas/time-entries.ts';

const jsonContent = (schema: z.ZodType) => ({ 'application/json': { schema } });
const errorResponse = (description: string) => ({ description, content: jsonContent(errorResponseSchema) });

const COMMON_ERRORS = {
  400: errorResponse('Invalid input: `fieldErrors` names the fields'),
  401: errorResponse('Missing, unknown or revoked token'),
  403: errorResponse('The token\'s user may not do this'),
  404: errorResponse('Not found'),
  409: errorResponse('Conflict (e.g. an Idempotency-Key reused for another request)'),
};

const idempotencyHeader = {
  name: 'Idempotency-Key',
  in: 'header' as const,
  required: false,
  description: 'Retrying with the same key returns the first response and changes nothing; the same key with a different body is a 409.',
  schema: { type: 'string' as const, maxLength: 255 },
};

type Route = Omit<RouteConfig, 'responses'> & { status: number; response: z.ZodType; description: string };

const ROUTES: Route[] = [
  { method: 'get', path: '/clients', summary: 'List clients with their contracts in force and tier', status: 200, response: clientListResponseSchema, description: 'Clients' },
  { method: 'get', path: '/clients/{id}/assets', summary: 'List a client\'s assets', request: { params: idParamsSchema }, status: 200, response: assetListResponseSchema, description: 'Assets' },
  { method: 'get', path: '/clients/{id}/retainer', summary: 'A client\'s retainer ledger and balance', request: { params: idParamsSchema }, status: 200, response: retainerResponseSchema, description: 'Retainer' },
  { method: 'post', path: '/clients/{id}/retainer/purchases', summary: 'Record a retainer purchase (admin, account manager)', request: { params: idParamsSchema, body: { content: jsonContent(retainerPurchaseBodySchema) } }, status: 201, response: retainerPurchaseResponseSchema, description: 'Purchase recorded' },
  { method: 'get', path: '/clients/{id}/quota', summary: 'Help-desk sessions included and used in a client-local month', request: { params: idParamsSchema, query: quotaQuerySchema }, status: 200, response: quotaResponseSchema, description: 'Quota usage' },
  { method: 'post', path: '/tickets', summary: 'Open a ticket', request: { body: { content: jsonContent(createTicketBodySchema) } }, status: 201, response: createTicketResponseSchema, description: 'Ticket created' },
  { method: 'patch', path: '/tickets/{id}', summary: 'Change type, phase, priority, status or linked assets (re-decides un-invoiced time)', request: { params: idParamsSchema, body: { content: jsonContent(updateTicketBodySchema) } }, status: 200, response: ticketSummaryResponseSchema, description: 'The updated ticket' },
  { method: 'post', path: '/tickets/{id}/time-entries', summary: 'Log time; the billing decision is made at once', request: { params: idParamsSchema, body: { content: jsonContent(createTimeEntryBodySchema) } }, status: 201, response: timeEntryResponseSchema, description: 'Time logged with its decision' },
  { method: 'post', path: '/tickets/{id}/estimates', summary: 'Raise an estimate for the customer to approve', request: { params: idParamsSchema, body: { content: jsonContent(raiseEstimateBodySchema) } }, status: 201, response: createdIdResponseSchema, description: 'Estimate raised' },
  { method: 'post', path: '/estimates/{id}/approve', summary: 'Record the customer\'s approval of a pending estimate', request: { params: idParamsSchema, body: { content: jsonContent(approveEstimateBodySchema) } }, status: 200, response: approveEstimateResponseSchema, description: 'Estimate approved' },
];

let cached: ReturnType<OpenApiGeneratorV3['generateDocument']> | null = null;

/** The OpenAPI 3 description of API v1, built from the zod schemas the handlers validate with. */
export function openApiDocument() {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', description: 'An API token; it acts as the staff user who owns it.' });
  for (const { status, response, description, ...route } of ROUTES) {
    registry.registerPath({
      ...route,
      security: [{ [bearer.name]: [] }],
      parameters: route.method === 'post' ? [idempotencyHeader] : undefined,
      responses: {
        [status]: { description, content: jsonContent(response) },
        ...COMMON_ERRORS,
        ...(route.path.endsWith('/time-entries') ? { 422: errorResponse('Refused: `reason` says why; nothing was written') } : {}),
      },
    });
  }
  cached = new OpenApiGeneratorV3(registry.definitions).generateDocument({
    openapi: '3.0.3',
    info: { title: 'MSP PSA REST API', version: '1.0.0', description: 'JSON over HTTPS with a bearer token. Instants are ISO 8601 with an offset; money is a decimal string.' },
    servers: [{ url: '/api/v1' }],
  });
  return cached;
}

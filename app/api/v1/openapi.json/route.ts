import { publicApiHandler } from '@/app/_lib/api-handler.ts';
import { openApiDocument } from '@/lib/api/openapi.ts';

/** The API's description is public: it holds no data, and integrators fetch it before they have a token. */
export const GET = publicApiHandler(async () => ({ body: openApiDocument() }));

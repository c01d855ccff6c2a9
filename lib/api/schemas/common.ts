import { z } from 'zod';

/** `{id}` in a path. */
export const idParamsSchema = z.object({ id: z.uuid('The id in the path must be a UUID.') });

export const errorResponseSchema = z.object({
  error: z.string().describe('A message a person can read.'),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional().describe('Field path → messages (400 only).'),
  reason: z.string().optional().describe('Why the work is refused (422 only).'),
}).meta({ id: 'Error' });

/** Instants are ISO 8601 with an offset, e.g. 2026-03-02T09:00:00-05:00. */
export const instantSchema = z.iso.datetime({ offset: true, error: 'Give an ISO 8601 date-time with an offset, e.g. 2026-03-02T09:00:00-05:00.' });

import { z } from 'zod';
import { quotaUsageSchema } from '@/lib/server/billing/get-quota-usage.ts';

const contractKinds = z.enum(['managed', 'retainer', 'time_and_materials', 'fixed_fee']);
const assetClasses = z.enum(['server', 'workstation', 'firewall', 'router', 'switch', 'wireless', 'backup', 'software_licence', 'cloud_service', 'other']);

export const clientListResponseSchema = z.array(
  z.object({
    id: z.uuid(),
    name: z.string(),
    timezone: z.string().describe('IANA timezone, e.g. America/New_York'),
    tier: z.string().nullable().describe('The tier of the managed contract in force today, or null'),
    contracts: z.array(z.object({ id: z.uuid(), kind: contractKinds })).describe('Contracts in force today'),
  }),
);

export const assetListResponseSchema = z.array(
  z.object({ id: z.uuid(), name: z.string(), class: assetClasses, supported: z.boolean() }),
);

export const quotaQuerySchema = quotaUsageSchema.pick({ month: true });

export const quotaResponseSchema = z.object({
  includedSessions: z.number().int().nullable().describe('Help-desk sessions the tier includes that month; null when unlimited, 0 without a managed tier'),
  usedSessions: z.number().int(),
});

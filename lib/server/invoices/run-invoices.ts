import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { PERIOD_PATTERN } from '@/lib/domain/invoices/invoice-period.ts';
import { buildClientInvoice, type BuildChange, type BuiltInvoice } from './build-client-invoice.ts';

/** clients built at once, each in its own transaction (the pool has 10 connections by default) */
const RUN_CONCURRENCY = 4;

export const periodSchema = z.string({ error: 'Choose a month.' }).regex(PERIOD_PATTERN, 'Give the month as YYYY-MM.');

export const runInvoicesSchema = z.object({
  period: periodSchema,
  /** only these clients (e.g. one client's draft again); all clients when omitted */
  clientIds: z.array(z.uuid()).max(10_000).optional(),
});
export type RunInvoicesInput = z.input<typeof runInvoicesSchema>;

export interface InvoiceRunResult {
  period: string;
  clients: number;
  counts: Record<BuildChange, number>;
  invoices: BuiltInvoice[];
}

/**
 * Drafts one invoice per client for a month. Each client is built in its own transaction, so
 * a run that dies halfway leaves complete drafts for the clients it finished and a second run
 * completes the rest; running again replaces drafts' lines without double-counting and never
 * touches issued, paid or void invoices.
 */
export async function runInvoices(
  options: {
    actor: Actor | null;
    input: RunInvoicesInput;
    now?: Date;
    /** test hook: throws after this many clients were built, as a crash would */
    failAfterClients?: number;
  },
  database: Db = db,
): Promise<InvoiceRunResult> {
  const actor = authorize(options.actor, { roles: MANAGER_ROLES });
  const input = parseOrThrow(runInvoicesSchema, options.input);
  const now = options.now ?? new Date();
  const clients = await database.client.findMany({
    where: input.clientIds ? { id: { in: input.clientIds } } : {},
    orderBy: { code: 'asc' },
    select: { id: true },
  });

  const counts: Record<BuildChange, number> = { created: 0, updated: 0, unchanged: 0, removed: 0, nothing: 0, final: 0 };
  const built: BuiltInvoice[] = [];
  let next = 0;
  let hasFailed = false;
  // a few clients at a time, each in its own transaction: a failure stops new clients, lets the
  // ones under way commit, and leaves the rest for the next run
  const worker = async () => {
    while (next < clients.length && !hasFailed) {
      const index = next++;
      if (options.failAfterClients !== undefined && index >= options.failAfterClients) {
        hasFailed = true;
        throw new Error(`Invoice run stopped after ${options.failAfterClients} clients (simulated crash).`);
      }
      const client = clients[index];
      const result = await database
        .$transaction((tx) => buildClientInvoice(tx, { clientId: client.id, period: input.period, actor, now, isRebuildable: true }), {
          timeout: 60_000,
          maxWait: 60_000,
        })
        .catch((error: unknown) => {
          hasFailed = true;
          throw error;
        });
      counts[result.change] += 1;
      built.push(result);
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(RUN_CONCURRENCY, clients.length) }, worker));
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  const order = new Map(clients.map((client, index) => [client.id, index]));
  const invoices = built.filter((b) => b.invoiceId !== null).sort((a, b) => order.get(a.clientId)! - order.get(b.clientId)!);
  return { period: input.period, clients: clients.length, counts, invoices };
}

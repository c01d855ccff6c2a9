/**
 * `npx tsx bench/invoice-run.ts [--keep]`: the month's invoice run on the generated bench
 * database (.data/bench-db.json): every client drafted in its own transaction, then the same run
 * again (nothing changed, so nothing is written). Wall time and the process's peak RSS, sampled
 * every 10 ms. The drafts it made are removed afterwards unless --keep, so the database is left
 * as it was (invoices that existed before are never touched).
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/db/generated/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { periodDates } from '@/lib/domain/invoices/invoice-period.ts';
import { runInvoices, type InvoiceRunResult } from '@/lib/server/invoices/run-invoices.ts';
import { openBenchDb } from './lib/bench-db.ts';
import { lastWholeMonth } from './month-sum.ts';
import { formatTable, isMain, mb, type BenchResult } from './lib/result.ts';

const BUDGET_SECONDS = 10;
const BUDGET_MB = 1024;

async function timed(work: () => Promise<InvoiceRunResult>) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 25);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  try {
    const result = await work();
    const cpu = process.cpuUsage(cpuStart);
    return { result, seconds: (performance.now() - start) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRss: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(sampler);
  }
}

async function removeDrafts(prisma: PrismaClient, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await prisma.$transaction(
    async (tx) => {
      await tx.timeEntry.updateMany({ where: { invoiceId: { in: ids } }, data: { invoiceId: null } });
      await tx.invoice.deleteMany({ where: { id: { in: ids }, status: 'draft' } });
      await tx.auditLog.deleteMany({ where: { entityType: 'Invoice', entityId: { in: ids } } });
    },
    { timeout: 120_000 },
  );
}

export async function run(): Promise<BenchResult[]> {
  const bench = await openBenchDb();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: bench.info.url, max: 10 }) });
  try {
    const period = lastWholeMonth(bench.info.generatedAt).label;
    const { periodStart } = periodDates(period);
    const user = await prisma.user.findFirst({ where: { role: { in: ['admin', 'account_manager'] }, isActive: true }, orderBy: { role: 'desc' } });
    if (!user) throw new Error('The bench database has no admin or account manager.');
    const actor: Actor = { userId: user.id, role: user.role, clientId: null, name: user.name, email: user.email, via: 'session' };
    const before = new Set((await prisma.invoice.findMany({ where: { periodStart }, select: { id: true } })).map((i) => i.id));

    const baseRss = process.memoryUsage().rss;
    const first = await timed(() => runInvoices({ actor, input: { period } }, prisma));
    const again = await timed(() => runInvoices({ actor, input: { period } }, prisma));
    const lines = await prisma.invoiceLine.count({ where: { invoice: { periodStart } } });
    const entries = await prisma.timeEntry.count({ where: { invoice: { periodStart } } });
    const made = first.result.invoices.map((i) => i.invoiceId!).filter((id) => !before.has(id));
    if (!process.argv.includes('--keep')) await removeDrafts(prisma, made);

    const counts = Object.entries(first.result.counts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ');
    const note = `${period}: ${first.result.clients} clients, ${first.result.invoices.length} invoices (${counts}), ${lines.toLocaleString('en-US')} lines, ${entries.toLocaleString('en-US')} entries attached (${bench.info.size} data)`;
    if (isMain(import.meta.url)) {
      console.log(note);
      console.log(`RSS before ${mb(baseRss)} MB; peak ${mb(first.peakRss)} MB (first run), ${mb(again.peakRss)} MB (again).`);
      console.log(`Node CPU: ${first.cpuSeconds.toFixed(2)} s (first run), ${again.cpuSeconds.toFixed(2)} s (again); the rest of the wall time is the database and waiting.`);
    }
    return [
      { name: 'invoice run: month, all clients', value: first.seconds, unit: 's', budget: BUDGET_SECONDS, budgetKind: 'max', note },
      { name: 'invoice run: peak RSS', value: mb(Math.max(first.peakRss, again.peakRss)), unit: 'MB', budget: BUDGET_MB, budgetKind: 'max', note: `process RSS sampled every 25 ms (${mb(baseRss)} MB before)` },
      { name: 'invoice run: again, nothing changed', value: again.seconds, unit: 's', budget: BUDGET_SECONDS, budgetKind: 'max', note: `${again.result.counts.unchanged} unchanged` },
    ];
  } finally {
    await prisma.$disconnect();
    await bench.close();
  }
}

if (isMain(import.meta.url)) {
  console.log(formatTable(await run()));
}

import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/db/generated/client.ts';
import { openBenchDb } from './lib/bench-db.ts';
import { buildClientInvoice } from '@/lib/server/invoices/build-client-invoice.ts';

const bench = await openBenchDb();
const info = bench.info;
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: info.url }), log: [{ emit: 'event', level: 'query' }] });
const stats = new Map<string, { n: number; ms: number }>();
prisma.$on('query', (e) => {
  const key = e.query.replace(/\s+/g, ' ').slice(0, 90);
  const s = stats.get(key) ?? { n: 0, ms: 0 };
  s.n++; s.ms += e.duration; stats.set(key, s);
});
const clients = await prisma.client.findMany({ take: 50, select: { id: true } });
const t = performance.now();
for (const c of clients) await prisma.$transaction((tx) => buildClientInvoice(tx, { clientId: c.id, period: '2026-10', actor: null, now: new Date() }));
console.log('total ms', performance.now() - t);
console.log([...stats.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20).map(([k, s]) => `${s.ms.toFixed(0)}ms ${s.n}x ${k}`).join('\n'));
await prisma.$disconnect();
await bench.close();

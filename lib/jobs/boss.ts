import PgBoss from 'pg-boss';

const globalForBoss = globalThis as unknown as { psaBoss?: Promise<PgBoss> };

/** One pg-boss per process, on the app's own PostgreSQL (schema "pgboss"). */
export function getBoss(): Promise<PgBoss> {
  globalForBoss.psaBoss ??= (async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL is not set.');
    const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 3 });
    boss.on('error', (error) => console.error('[jobs]', error));
    await boss.start();
    return boss;
  })();
  return globalForBoss.psaBoss;
}

export async function stopBoss(): Promise<void> {
  if (!globalForBoss.psaBoss) return;
  const boss = await globalForBoss.psaBoss;
  globalForBoss.psaBoss = undefined;
  await boss.stop({ graceful: true, timeout: 5000 });
}

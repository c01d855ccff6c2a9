import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { Prisma } from '@/lib/db/generated/client.ts';
import { joinTransaction } from '@/lib/db/join-transaction.ts';
import { GENERIC_PLANS } from '@/lib/db/prepared-statements.ts';
import { runSqlTransaction, type SqlTx } from '@/lib/db/sql-tx.ts';

const mode = async (tx: SqlTx) => (await tx.query<{ mode: string }>(Prisma.sql`SELECT current_setting('plan_cache_mode') AS mode`))[0].mode;
const setting = (key: string) => db.appSetting.findUnique({ where: { key } });
const write = (tx: SqlTx, key: string) => tx.query(Prisma.sql`INSERT INTO "AppSetting" (key, value) VALUES (${key}, '1'::jsonb)`);

describe('runSqlTransaction', () => {
  it('on the shared client: commits, sends its setup with BEGIN, and leaves pooled connections as they were', async () => {
    const inside = await runSqlTransaction(db, async (tx) => {
      await write(tx, 'test.sqltx.commit');
      return mode(tx);
    }, { setup: GENERIC_PLANS });
    expect(inside).toBe('force_generic_plan');
    expect(await setting('test.sqltx.commit')).not.toBeNull();
    const after = await Promise.all(Array.from({ length: 12 }, () => db.$queryRaw<{ mode: string }[]>`SELECT current_setting('plan_cache_mode') AS mode`));
    expect(new Set(after.map((rows) => rows[0].mode))).toEqual(new Set(['auto']));
  });

  it('on the shared client: an error rolls everything back and the connection serves again', async () => {
    await expect(
      runSqlTransaction(db, async (tx) => {
        await write(tx, 'test.sqltx.rollback');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await setting('test.sqltx.rollback')).toBeNull();
    // a failed statement aborts the transaction; the rollback must still return a usable connection
    await expect(runSqlTransaction(db, (tx) => tx.query(Prisma.sql`SELECT 1 / 0`))).rejects.toThrow(/division by zero/);
    const results = await Promise.all(Array.from({ length: 12 }, () => runSqlTransaction(db, (tx) => tx.query<{ one: number }>(Prisma.sql`SELECT 1 AS one`))));
    expect(results.every((rows) => rows[0].one === 1)).toBe(true);
  });

  it('inside a caller’s Prisma transaction: joins it, so the caller’s rollback undoes the work', async () => {
    await expect(
      db.$transaction(async (tx) => {
        const inside = await runSqlTransaction(joinTransaction(tx), async (sql) => {
          await write(sql, 'test.sqltx.joined');
          return mode(sql);
        }, { setup: GENERIC_PLANS });
        expect(inside).toBe('force_generic_plan');
        expect(await tx.appSetting.findUnique({ where: { key: 'test.sqltx.joined' } })).not.toBeNull();
        throw new Error('caller failed');
      }),
    ).rejects.toThrow('caller failed');
    expect(await setting('test.sqltx.joined')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { forceGenericPlans } from '@/lib/db/prepared-statements.ts';

const mode = async (tx: Pick<typeof db, '$queryRaw'>) => (await tx.$queryRaw<{ mode: string }[]>`SELECT current_setting('plan_cache_mode') AS mode`)[0].mode;

describe('plan cache mode', () => {
  it('plans the app’s queries for their values; only a transaction that asks keeps generic plans, and only until it ends', async () => {
    // a forced generic plan made the console's searches scan for every word as if it were rare
    expect(await mode(db)).toBe('auto');
    const inside = await db.$transaction(async (tx) => {
      await forceGenericPlans(tx);
      return mode(tx);
    });
    expect(inside).toBe('force_generic_plan');
    const after = await Promise.all(Array.from({ length: 12 }, () => mode(db)));
    expect(new Set(after)).toEqual(new Set(['auto']));
  });
});

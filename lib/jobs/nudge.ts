import { getBoss } from './boss.ts';

/**
 * Asks for a job to run soon (e.g. mail after a commit). Best effort: the job's schedule
 * catches up anyway, so a process without a queue connection just skips the nudge.
 */
export async function nudgeJob(name: string): Promise<void> {
  if (process.env.JOBS_DISABLED === 'true' || !process.env.DATABASE_URL) return;
  try {
    const boss = await getBoss();
    await boss.send(name, {}, { singletonKey: name, singletonSeconds: 5 });
  } catch (error) {
    console.error(`[jobs] could not nudge ${name}`, error);
  }
}

import { getBoss } from './boss.ts';
import { JOBS } from './job-definitions.ts';

/** Registers every job's queue, worker and schedule; called once when the server starts. */
export async function startJobWorker(): Promise<void> {
  const boss = await getBoss();
  for (const job of JOBS) {
    await boss.createQueue(job.name);
    await boss.work(job.name, async () => {
      await job.handler();
    });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { singletonKey: job.name });
  }
  console.log(`[jobs] worker started: ${JOBS.map((job) => job.name).join(', ')}`);
}

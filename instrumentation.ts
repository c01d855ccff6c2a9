/** Starts the job worker (pg-boss on the app's PostgreSQL) with the Node.js server. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.JOBS_DISABLED === 'true') return;
  const { startJobWorker } = await import('./lib/jobs/start-worker.ts');
  await startJobWorker().catch((error) => console.error('[jobs] the worker did not start', error));
}

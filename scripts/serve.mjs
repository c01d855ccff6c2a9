/**
 * Serves the production build on every CPU core: `next start` is one Node.js process, and one
 * process renders pages on one core. A cluster primary forks WEB_CONCURRENCY workers (default:
 * the cores) that share the port; only the first runs the job worker. A worker that dies is
 * replaced. Usage: node scripts/serve.mjs [port]  (plain JavaScript: workers need no loader).
 */
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? os.availableParallelism()));

if (cluster.isPrimary) {
  let stopping = false;
  const fork = (index) => {
    const worker = cluster.fork({
      PSA_WORKER_INDEX: String(index),
      // timed work runs in one process (pg-boss would cope with more, but one is enough)
      JOBS_DISABLED: index === 0 ? (process.env.JOBS_DISABLED ?? '') : 'true',
    });
    let listening = false;
    worker.on('listening', () => {
      listening = true;
    });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      if (!listening) {
        // it never served: another would fail the same way (no build, bad settings)
        console.error(`[serve] worker ${index} failed to start (${signal ?? code})`);
        stop(1);
        return;
      }
      console.error(`[serve] worker ${index} exited (${signal ?? code}); starting another`);
      fork(index);
    });
  };
  for (let index = 0; index < workers; index++) fork(index);

  function stop(exitCode = 0) {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((worker) => worker && !worker.isDead());
    if (alive.length === 0) process.exit(exitCode);
    let left = alive.length;
    for (const worker of alive) {
      worker.once('exit', () => {
        if (--left === 0) process.exit(exitCode);
      });
      worker.kill('SIGTERM');
    }
  }
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
} else {
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const serveApi = await loadApiRouter();
  const server = http.createServer((request, response) => {
    if (serveApi?.(request, response)) return;
    handle(request, response).catch((error) => {
      console.error('[serve] unhandled error', error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  server.listen(port, () => {
    if (process.env.PSA_WORKER_INDEX !== '0') return;
    console.log(`[serve] ${workers} worker(s) listening on port ${port}; API v1 served ${serveApi ? 'directly' : 'by Next (no API bundle in this build)'}`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

/**
 * The API v1 routes bundled by the build (server/api-router.ts): served without Next's request
 * pipeline. Without the bundle (an older build) Next serves them as before. Its place is
 * scripts/build-check.ts's distDirOf + API_ROUTER_BUNDLE (this file is plain JavaScript).
 */
async function loadApiRouter() {
  const bundle = path.resolve(process.env.PSA_DIST_DIR ?? '.next', 'psa-api-router.mjs');
  if (!fs.existsSync(bundle)) return null;
  const { createApiRequestListener } = await import(pathToFileURL(bundle).href);
  return createApiRequestListener();
}

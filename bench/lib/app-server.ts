/**
 * The production build served against the bench database, for HTTP benches. Builds first when
 * the sources changed (same rule as `npm start`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { buildIfNeeded } from '../../scripts/build-app.ts';

export interface AppServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

export async function startAppServer(options: { databaseUrl: string; port?: number }): Promise<AppServer> {
  const port = options.port ?? Number(process.env.BENCH_APP_PORT ?? 4395);
  if (!buildIfNeeded()) throw new Error('The build failed.');
  const baseUrl = `http://127.0.0.1:${port}`;
  // e.g. BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under load
  const nodeArgs = (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'scripts/serve.mjs', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // e.g. another server or connection path to the same data: BENCH_APP_DATABASE_URL=…
      DATABASE_URL: process.env.BENCH_APP_DATABASE_URL ?? options.databaseUrl,
      DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? '20',
      JOBS_DISABLED: 'true',
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: 'bench-only-secret',
    },
  });
  await waitForHttp(`${baseUrl}/sign-in`, 60_000);
  return serverHandle(child, baseUrl);
}

/** A started server process: its address, and stopping it (waits until it has exited). */
export function serverHandle(child: ChildProcess, baseUrl: string): AppServer {
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/**
 * The bare reference page (bench/reference-app), built once per Next.js version in a temporary
 * folder and served like the app, against the bench database.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverHandle, waitForHttp, type AppServer } from './app-server.ts';

const SOURCE = path.resolve('bench/reference-app');

function nextVersion(): string {
  return (JSON.parse(fs.readFileSync('node_modules/next/package.json', 'utf8')) as { version: string }).version;
}

function prepare(): string {
  const dir = path.join(os.tmpdir(), `psa-bench-reference-${nextVersion()}`);
  if (fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(SOURCE, dir, { recursive: true });
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'ES2022', strict: true, skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true, lib: ['dom', 'esnext'] }, include: ['**/*.tsx'] }),
  );
  // webpack: Turbopack refuses a node_modules that links outside the folder
  const build = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build', '--webpack'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('Building the reference page failed.');
  return dir;
}

export async function startReferenceApp(options: { databaseUrl: string; port?: number }): Promise<AppServer> {
  const dir = prepare();
  const port = options.port ?? Number(process.env.BENCH_REFERENCE_PORT ?? 4396);
  const child = spawn(process.execPath, [path.resolve('scripts/serve.mjs'), String(port)], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: options.databaseUrl, JOBS_DISABLED: 'true' },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(baseUrl, 60_000);
  return serverHandle(child, baseUrl);
}

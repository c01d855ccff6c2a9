/**
 * The production build: `next build`, then the API v1 router bundled for the production server
 * (server/api-router.ts → <distDir>/psa-api-router.mjs; scripts/serve.mjs dispatches /api/v1
 * to it without Next's request pipeline). `npm run build`, npm start, the e2e server and the
 * benches all build through here.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { API_ROUTER_BUNDLE, distDirOf, needsBuild } from './build-check.ts';

export function buildApp(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): boolean {
  const next = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (next.status !== 0) return false;
  bundleApiRouter(root, env);
  return true;
}

/** Builds when there is no complete build or a source is newer (needsBuild); false if it failed. */
export function buildIfNeeded(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): boolean {
  return !needsBuild(root) || buildApp(root, env);
}

/** Our code bundled, packages left to node_modules (as Next's serverExternalPackages do). */
export function bundleApiRouter(root: string, env: NodeJS.ProcessEnv = process.env): void {
  buildSync({
    absWorkingDir: root,
    entryPoints: ['server/api-router.ts'],
    outfile: path.join(distDirOf(root, env), API_ROUTER_BUNDLE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(buildApp() ? 0 : 1);
}

import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'server', 'public', 'next.config.js', 'package.json', 'postcss.config.mjs', 'instrumentation.ts'];

/** The API v1 router bundle, in the build folder beside Next's output (scripts/build-app.ts). */
export const API_ROUTER_BUNDLE = 'psa-api-router.mjs';

export function distDirOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(root, env.PSA_DIST_DIR ?? '.next');
}

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** A production build is (re)made when there is none, or half of one, or a source is newer. */
export function needsBuild(root: string): boolean {
  const distDir = distDirOf(root);
  const buildId = path.join(distDir, 'BUILD_ID');
  if (!fs.existsSync(buildId) || !fs.existsSync(path.join(distDir, API_ROUTER_BUNDLE))) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > builtAt);
}

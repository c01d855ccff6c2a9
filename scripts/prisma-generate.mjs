// Prisma's CLI wants to download a native schema engine before `generate`, which needs none
// (it uses Wasm); pointing it at any existing file skips the download on offline machines.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.resolve('package.json'), PRISMA_HIDE_UPDATE_MESSAGE: '1' };
const result = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);

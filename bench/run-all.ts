/**
 * `npm run bench [-- NAME…] [-- --strict]`: runs the benches and prints one table of figures
 * against their budgets. Database benches use .data/bench-db.json; without it they are skipped,
 * unless BENCH_GENERATE=1, which generates `--size small` data first.
 * To add a bench: a module exporting `run(): Promise<BenchResult[]>`, listed in BENCHES.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { readBenchDbInfo } from './lib/bench-db.ts';
import { formatTable, isWithinBudget, type BenchModule, type BenchResult } from './lib/result.ts';

interface BenchEntry {
  name: string;
  needsDatabase: boolean;
  load: () => Promise<BenchModule>;
}

export const BENCHES: BenchEntry[] = [
  { name: 'engine', needsDatabase: false, load: () => import('./engine.ts') },
  { name: 'month-sum', needsDatabase: true, load: () => import('./month-sum.ts') },
  { name: 'invoice-run', needsDatabase: true, load: () => import('./invoice-run.ts') },
  { name: 'api-log-time', needsDatabase: true, load: () => import('./api-log-time.ts') },
  { name: 'console-pages', needsDatabase: true, load: () => import('./console-pages.ts') },
];

function ensureDatabase(): boolean {
  if (readBenchDbInfo()) return true;
  if (process.env.BENCH_GENERATE !== '1') return false;
  console.log('No .data/bench-db.json: generating --size small data (BENCH_GENERATE=1)…');
  const generated = spawnSync(process.execPath, ['--import', 'tsx', 'bench/generate-data.ts', '--size', 'small'], { stdio: 'inherit' });
  return generated.status === 0 && readBenchDbInfo() !== null;
}

async function main() {
  const { values, positionals } = parseArgs({ options: { strict: { type: 'boolean', default: false } }, allowPositionals: true });
  const selected = positionals.length ? BENCHES.filter((bench) => positionals.includes(bench.name)) : BENCHES;
  const hasDatabase = selected.some((bench) => bench.needsDatabase) && ensureDatabase();
  const results: BenchResult[] = [];
  for (const bench of selected) {
    if (bench.needsDatabase && !hasDatabase) {
      console.log(`Skipping ${bench.name}: no bench database (run \`npm run bench:data\`, or set BENCH_GENERATE=1).`);
      continue;
    }
    console.log(`Running ${bench.name}…`);
    results.push(...(await (await bench.load()).run()));
  }
  console.log(`\n${formatTable(results)}`);
  const over = results.filter((result) => isWithinBudget(result) === false);
  if (over.length && values.strict) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

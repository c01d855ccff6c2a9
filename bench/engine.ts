/**
 * `npx tsx bench/engine.ts`: the pure billing engine. Decides 1,000,000 entries (cycling over
 * 10,000 varied cases) after a warm-up, then decideSequence over contract-months of entries.
 */
import { decide, decideSequence, type Outcome } from '@/lib/domain/billing/index.ts';
import { buildCases, buildSequences } from './engine-fixtures.ts';
import { formatTable, isMain, mb, type BenchResult } from './lib/result.ts';

const CASES = 10_000;
const DECISIONS = 1_000_000;
const SEQUENCE_MONTHS = 12;
const SEQUENCE_LENGTH = 100;
const SEQUENCE_ENTRIES = 500_000;

/** CPU time of this process (the machine may be shared: wall time alone misleads). */
function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function timeDecide(cases: ReturnType<typeof buildCases>, count: number) {
  const outcomes: Record<Outcome, number> = { covered: 0, retainer: 0, billable: 0, non_billable: 0, refused: 0 };
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const { work, terms, state } = cases[i % cases.length];
    outcomes[decide(work, terms, state).outcome]++;
  }
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: cpuSecondsSince(cpu), outcomes };
}

function timeSequences(sequences: ReturnType<typeof buildSequences>, minEntries: number) {
  let entries = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (entries < minEntries) {
    for (const { items, initial } of sequences) entries += decideSequence(items, initial).size;
  }
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: cpuSecondsSince(cpu), entries };
}

export async function run(): Promise<BenchResult[]> {
  const buildStart = performance.now();
  const cases = buildCases(CASES);
  const sequences = buildSequences(SEQUENCE_MONTHS, SEQUENCE_LENGTH);
  const buildSeconds = (performance.now() - buildStart) / 1000;

  timeDecide(cases, 3 * CASES); // warm-up: let the JIT settle
  const single = timeDecide(cases, DECISIONS);
  timeSequences(sequences.slice(0, 50), 1); // warm-up
  const sequenced = timeSequences(sequences, SEQUENCE_ENTRIES);
  const memory = process.memoryUsage();

  if (isMain(import.meta.url)) {
    const share = Object.entries(single.outcomes).map(([outcome, n]) => `${outcome} ${((100 * n) / DECISIONS).toFixed(1)}%`);
    console.log(`Built ${CASES.toLocaleString('en-US')} cases and ${sequences.length} sequences in ${buildSeconds.toFixed(2)} s.`);
    console.log(`Outcomes: ${share.join(', ')}`);
    console.log(`Memory: rss ${mb(memory.rss)} MB, heap used ${mb(memory.heapUsed)} MB`);
  }
  return [
    {
      name: 'engine: decide',
      value: DECISIONS / single.seconds,
      unit: 'decisions/s',
      budget: 200_000,
      budgetKind: 'min',
      note: `${DECISIONS.toLocaleString('en-US')} in ${single.seconds.toFixed(2)} s (${Math.round(DECISIONS / single.cpuSeconds).toLocaleString('en-US')}/CPU-s)`,
    },
    {
      name: 'engine: decideSequence',
      value: sequenced.entries / sequenced.seconds,
      unit: 'decisions/s',
      note: `${sequenced.entries.toLocaleString('en-US')} in ${sequenced.seconds.toFixed(2)} s (${Math.round(sequenced.entries / sequenced.cpuSeconds).toLocaleString('en-US')}/CPU-s), contract-months of ${SEQUENCE_LENGTH}`,
    },
  ];
}

if (isMain(import.meta.url)) {
  console.log(formatTable(await run()));
}

import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What every bench module reports, and how run-all prints it. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** the target; `budgetKind` says whether the value must stay at or below it, or reach it */
  budget?: number;
  budgetKind?: 'max' | 'min';
  note?: string;
}

export interface BenchModule {
  run(): Promise<BenchResult[]>;
}

export function isWithinBudget(result: BenchResult): boolean | null {
  if (result.budget === undefined) return null;
  return result.budgetKind === 'min' ? result.value >= result.budget : result.value <= result.budget;
}

const formatNumber = (value: number) =>
  value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 2 });

export function formatTable(results: BenchResult[]): string {
  const rows = results.map((r) => {
    const ok = isWithinBudget(r);
    const budget = r.budget === undefined ? '' : `${r.budgetKind === 'min' ? '≥' : '≤'} ${formatNumber(r.budget)}`;
    return [r.name, formatNumber(r.value), r.unit, budget, ok === null ? '' : ok ? 'ok' : 'OVER', r.note ?? ''];
  });
  const header = ['bench', 'value', 'unit', 'budget', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** True when the module is the script node was started with (not imported by run-all). */
export function isMain(importMetaUrl: string): boolean {
  const entry = process.argv[1];
  return Boolean(entry) && importMetaUrl === pathToFileURL(path.resolve(entry)).href;
}

export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

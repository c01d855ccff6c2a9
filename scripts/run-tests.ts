/**
 * `npm test`: typecheck, lint, Vitest (unit + integration on a fresh database) and Playwright
 * (browser tests against the built app), then one closing line `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const resultsDir = path.resolve('.test-results');
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
}
const results: StepResult[] = [];

function run(name: string, command: string, args: string[], env: Record<string, string> = {}): number {
  const started = Date.now();
  console.log(`\n── ${name} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (Date.now() - started) / 1000;
  const status = result.status ?? 1;
  results.push({ name, passed: 0, failed: 0, seconds });
  return status;
}

function record(name: string, passed: number, failed: number) {
  const step = results.find((r) => r.name === name)!;
  step.passed = passed;
  step.failed = failed;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

const node = process.execPath;
const only = new Set(process.argv.slice(2));
const wants = (step: string) => only.size === 0 || only.has(step);

if (wants('typecheck')) {
  const status = run('typecheck', node, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']);
  record('typecheck', status === 0 ? 1 : 0, status === 0 ? 0 : 1);
}
if (wants('lint')) {
  const status = run('lint', node, ['node_modules/eslint/bin/eslint.js', '.']);
  record('lint', status === 0 ? 1 : 0, status === 0 ? 0 : 1);
}
if (wants('vitest')) {
  const output = path.join(resultsDir, 'vitest.json');
  const status = run('vitest', node, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`], {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${path.resolve('tests/setup/node20-polyfills.mjs')}`.trim(),
  });
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTests: number }>(output);
  // a crash before the report is written counts as one failure
  record('vitest', report?.numPassedTests ?? 0, report ? report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0) : 1);
}
if (wants('e2e')) {
  const output = path.join(resultsDir, 'playwright.json');
  const status = run('e2e', node, ['node_modules/@playwright/test/cli.js', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(output);
  const passed = report ? report.stats.expected + report.stats.flaky : 0;
  const failed = report ? report.stats.unexpected + (status !== 0 && report.stats.unexpected === 0 ? 1 : 0) : 1;
  record('e2e', passed, failed);
}

console.log('\n── summary ──');
for (const step of results) console.log(`${step.name.padEnd(10)} ${String(step.passed).padStart(4)} passed ${String(step.failed).padStart(3)} failed  (${step.seconds.toFixed(0)} s)`);
const passed = results.reduce((sum, step) => sum + step.passed, 0);
const failed = results.reduce((sum, step) => sum + step.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

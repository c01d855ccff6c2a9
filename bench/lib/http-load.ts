/**
 * GET load with autocannon over a list of paths (cycled), each request signed in as one of the
 * given users in turn. Only 200 answers count; the latencies are theirs.
 */
import fs from 'node:fs';
import autocannon from 'autocannon';
import { startCpuSplit, type CpuGroups } from './cpu-split.ts';

export interface LoadResult {
  ok: number;
  /** non-200 answers by status, plus errors and timeouts */
  failures: Record<string, number>;
  latencies: number[];
  seconds: number;
  /** CPU seconds the whole machine spent during the load (Linux; null elsewhere): app, database, load generator and anything else */
  machineCpuSeconds: number | null;
  /** the app's and the database's share of it (Linux; null elsewhere) */
  cpuSplit: CpuGroups | null;
}

/** Busy CPU time of the machine so far, in seconds (user, nice, system, irq, softirq from /proc/stat). */
function machineBusySeconds(): number | null {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return (fields[0] + fields[1] + fields[2] + fields[5] + fields[6]) / 100;
  } catch {
    return null;
  }
}

export async function getLoad(options: {
  baseUrl: string;
  paths: string[];
  cookies: string[];
  connections: number;
  durationS?: number;
  amount?: number;
}): Promise<LoadResult> {
  let counter = 0;
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const began = performance.now();
  const busyBefore = machineBusySeconds();
  const cpuSplit = startCpuSplit();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.durationS ?? 20 }),
        timeout: 30,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              const n = counter++;
              const path = options.paths[n % options.paths.length];
              return { ...request, path, headers: { ...request.headers, cookie: options.cookies[n % options.cookies.length] } };
            },
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
      else failures[statusCode] = (failures[statusCode] ?? 0) + 1;
    });
  });
  const busyAfter = machineBusySeconds();
  const split = cpuSplit();
  if (result.errors) failures.errors = result.errors;
  if (result.timeouts) failures.timeouts = result.timeouts;
  const seconds = options.amount ? (performance.now() - began) / 1000 : (options.durationS ?? 20);
  const machineCpuSeconds = busyBefore === null || busyAfter === null ? null : busyAfter - busyBefore;
  return { ok: latencies.length, failures, latencies, seconds, machineCpuSeconds, cpuSplit: split };
}

/** One request per path kind before the load: a redirect (to /sign-in) means the cookie did not work. */
export async function expectOk(baseUrl: string, path: string, cookie: string): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: 'manual' });
  await response.arrayBuffer();
  if (response.status !== 200) {
    throw new Error(`GET ${path} answered ${response.status}${response.headers.get('location') ? ` → ${response.headers.get('location')}` : ''}: not signed in, or the page failed.`);
  }
}

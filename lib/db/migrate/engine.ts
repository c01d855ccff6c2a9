import { readFile } from 'node:fs/promises';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { parseDatabaseUrl, type PgConnection } from './connection';
import { MigrationAdapterFactory } from './adapter-factory';
import { defaultSchemaPath } from './paths';
import { loadSchemaEngine, panicRegistry } from './wasm';

export interface EngineOptions {
  databaseUrl: string;
  /** Defaults to prisma/schema.prisma. */
  schemaPath?: string;
}

export interface EngineHandle {
  engine: SchemaEngine;
  connection: PgConnection;
  /** Frees the engine and closes every pool (and shadow database) it left open. */
  close(): Promise<void>;
}

function logEngine(message: unknown): void {
  if (process.env.DEBUG_SCHEMA_ENGINE) console.error('[schema-engine]', message);
}

/** Creates a wasm schema engine connected to `databaseUrl`, with shadow databases on the same server. */
export async function createEngine({ databaseUrl, schemaPath = defaultSchemaPath }: EngineOptions): Promise<EngineHandle> {
  const connection = parseDatabaseUrl(databaseUrl);
  const SchemaEngineClass = await loadSchemaEngine();
  const datamodel = await readFile(schemaPath, 'utf8');
  const factory = new MigrationAdapterFactory(connection);
  let engine: SchemaEngine;
  try {
    engine = await SchemaEngineClass.new(
      { datamodels: [[schemaPath, datamodel]] },
      logEngine,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  } catch (error) {
    await factory.close();
    throw engineError(error);
  }
  let closed = false;
  return {
    engine,
    connection,
    async close() {
      if (closed) return;
      closed = true;
      engine.free();
      await factory.close();
    },
  };
}

/** Runs `fn` with a fresh engine and always cleans up; engine errors become readable Errors. */
export async function withEngine<T>(options: EngineOptions, fn: (handle: EngineHandle) => Promise<T>): Promise<T> {
  const handle = await createEngine(options);
  try {
    return await fn(handle);
  } catch (error) {
    throw engineError(error);
  } finally {
    await handle.close();
  }
}

/**
 * Engine errors end with a Rust span trace ("   0: sql_schema_connector::…"); keep the
 * message, plus the migration the trace names, if any.
 */
function withoutRustTrace(message: string): string {
  const at = message.search(/\n\s+0: \w+::/);
  if (at === -1) return message;
  const migration = /migration_name="([^"]+)"/.exec(message.slice(at))?.[1];
  const text = message.slice(0, at).trimEnd().replace(/^external connector error\n/, '');
  return migration ? `${text}\n(in migration ${migration})` : text;
}

/** The engine rejects with plain objects or wasm errors; turn them into an Error with a useful message. */
export function engineError(error: unknown): Error {
  if (error instanceof Error) {
    if (error.message === 'unreachable' && panicRegistry.lastMessage) {
      return new Error(`schema engine panicked: ${panicRegistry.lastMessage}`, { cause: error });
    }
    const message = withoutRustTrace(error.message);
    if (message === error.message) return error;
    return Object.assign(new Error(message, { cause: error }), { name: error.name });
  }
  if (error && typeof error === 'object') {
    const e = error as { message?: unknown; error?: unknown; meta?: unknown };
    const message = typeof e.message === 'string' ? e.message : typeof e.error === 'string' ? e.error : JSON.stringify(error);
    return Object.assign(new Error(message), { cause: error });
  }
  return new Error(String(error));
}

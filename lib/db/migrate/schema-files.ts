import { readFile } from 'node:fs/promises';
import type { SchemasContainer } from '@prisma/schema-engine-wasm';

/** The Prisma schema as the engine wants it: path + content. */
export async function readSchema(schemaPath: string): Promise<SchemasContainer> {
  const content = await readFile(schemaPath, 'utf8');
  return { files: [{ path: schemaPath, content }] };
}

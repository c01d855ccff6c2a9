import type { TestProject } from 'vitest/node';
import { createTestDatabase } from './test-database.ts';

/** One migrated database for the whole integration run, dropped afterwards. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('it');
  project.provide('databaseUrl', database.url);
  return async () => {
    await database.drop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

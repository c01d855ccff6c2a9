import { inject } from 'vitest';

// Before any test module imports lib/db/client, so the shared client points at the test database.
process.env.DATABASE_URL = inject('databaseUrl');

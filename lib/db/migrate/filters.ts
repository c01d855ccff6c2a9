import type { SchemaFilter } from '@prisma/schema-engine-wasm';

/** No externally managed tables or enums (prisma.config.ts declares none). */
export const noFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

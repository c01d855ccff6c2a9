/** Sizes of the bench data set and the constants the SQL steps are written with. */
export type SizeName = 'small' | 'medium' | 'full' | 'queues';

export interface Size {
  clients: number;
  assetsPerClient: number;
  tickets: number;
  entries: number;
  /** ticket comments (replies and internal notes), searched by the console queues */
  comments: number;
  /** share of tickets older than 30 days that are still open; 0.025 when not given */
  staleOpenShare?: number;
  technicians: number;
  accountManagers: number;
}

export const SIZES: Record<SizeName, Size> = {
  small: { clients: 20, assetsPerClient: 100, tickets: 2_000, entries: 20_000, comments: 800, technicians: 4, accountManagers: 1 },
  medium: { clients: 50, assetsPerClient: 100, tickets: 10_000, entries: 100_000, comments: 4_000, technicians: 8, accountManagers: 2 },
  full: { clients: 500, assetsPerClient: 100, tickets: 100_000, entries: 1_000_000, comments: 40_000, technicians: 30, accountManagers: 5 },
  // the technician console's scale: a busy desk's two years of tickets, searched by subject and comments
  queues: {
    clients: 500, assetsPerClient: 100, tickets: 500_000, entries: 1_000_000, comments: 200_000, staleOpenShare: 0.05, technicians: 30, accountManagers: 5,
  },
};

export interface Params extends Size {
  /** the generation's "now", an ISO instant; all data lies in the 24 months before it */
  now: string;
  passwordHash: string;
  tokenHash: string;
  tokenPrefix: string;
  /** DEFAULT_RULES as JSON, stored on every tier version */
  rulesJson: string;
}

/** A SQL string literal (the steps only interpolate values this script made). */
export const lit = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The SQL steps: each runs its statements in order; rows are the INSERTs' row counts. */
export interface Step {
  table: string;
  statements: string[];
  /** staging steps fill temporary tables and are reported apart */
  isStaging?: boolean;
  /** big tables: their non-unique indexes are dropped for the load and built again after it */
  indexedTables?: string[];
}

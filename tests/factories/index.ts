export * from './people.ts';
export * from './tiers.ts';
export * from './clients.ts';
export * from './tickets.ts';
export * from './sequence.ts';

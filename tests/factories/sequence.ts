let counter = 0;
/** Unique suffixes so factories can run many times against one database. */
export function nextId(): number {
  counter += 1;
  return counter;
}
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${nextId().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

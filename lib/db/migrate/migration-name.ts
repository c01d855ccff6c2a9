/**
 * Validates a migration name given on the command line. The engine turns it into
 * `<timestamp>_<name>`; we only accept names that stay readable as folder names.
 */
export function validateMigrationName(name: string | undefined): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed) throw new Error('A migration name is required, e.g. `db:migration add_invoice_notes`.');
  if (!/^[A-Za-z0-9_-]+$/.test(trimmed)) {
    throw new Error(`Invalid migration name "${trimmed}": use only letters, digits, "_" and "-".`);
  }
  if (trimmed.length > 200) throw new Error('Migration name is too long (200 characters at most).');
  return trimmed;
}

/** A customer may reopen a resolved ticket for this long after it was resolved. */
export const REOPEN_WINDOW_DAYS = 7;

const DAY_MS = 86_400_000;

/** Whether `now` is still inside the reopen window of a ticket resolved at `resolvedAt`. */
export function isWithinReopenWindow(resolvedAt: Date | null, now: Date): boolean {
  if (!resolvedAt) return false;
  return now.getTime() - resolvedAt.getTime() <= REOPEN_WINDOW_DAYS * DAY_MS;
}

/** The last instant the ticket can be reopened, or null when it was never resolved. */
export function reopenDeadline(resolvedAt: Date | null): Date | null {
  return resolvedAt ? new Date(resolvedAt.getTime() + REOPEN_WINDOW_DAYS * DAY_MS) : null;
}

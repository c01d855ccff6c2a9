import { addBusinessMinutes, businessMinutesBetween, type BusinessCalendar } from '../calendar/index.ts';

export interface SlaTarget {
  responseMinutes: number;
  resolutionMinutes: number;
}

/** Due times count working minutes of the tier's calendar from when the ticket was opened. */
export function slaDueTimes(calendar: BusinessCalendar, target: SlaTarget, openedAt: Date): { responseDueAt: Date; resolutionDueAt: Date } {
  return {
    responseDueAt: addBusinessMinutes(calendar, openedAt, target.responseMinutes),
    resolutionDueAt: addBusinessMinutes(calendar, openedAt, target.resolutionMinutes),
  };
}

/**
 * Resuming after waiting on the customer: the working time that was left when the clock paused
 * is counted again from the moment it resumes.
 */
export function resumeDueAt(calendar: BusinessCalendar, dueAt: Date, pausedAt: Date, resumedAt: Date): Date {
  if (dueAt.getTime() <= pausedAt.getTime()) return dueAt; // already breached when paused
  const remaining = businessMinutesBetween(calendar, pausedAt, dueAt);
  return addBusinessMinutes(calendar, resumedAt, remaining);
}

export type {
  BusinessCalendar,
  CalendarSegment,
  CalendarSplit,
  Interval,
  WorkingWindow,
} from './types.ts';
export { workingIntervals } from './working-intervals.ts';
export { businessMinutesBetween } from './business-minutes-between.ts';
export { addBusinessMinutes } from './add-business-minutes.ts';
export { splitByCalendar } from './split-by-calendar.ts';
export { isWithinSupportHours } from './is-within-support-hours.ts';
export { localDateKey } from './local-date-key.ts';
export { monthKey } from './month-key.ts';
export { parseTime } from './parse-time.ts';
export { formatMinutesOfDay } from './format-minutes-of-day.ts';
export { describeCalendar } from './describe-calendar.ts';
export { localInstant } from './local-instant.ts';

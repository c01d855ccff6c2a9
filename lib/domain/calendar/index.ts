export type {
  BusinessCalendar,
  CalendarSegment,
  CalendarSplit,
  Interval,
  WorkingWindow,
} from './types';
export { workingIntervals } from './workingIntervals';
export { businessMinutesBetween } from './businessMinutesBetween';
export { addBusinessMinutes } from './addBusinessMinutes';
export { splitByCalendar } from './splitByCalendar';
export { isWithinSupportHours } from './isWithinSupportHours';
export { localDateKey } from './localDateKey';
export { monthKey } from './monthKey';
export { parseTime } from './parseTime';
export { formatMinutesOfDay } from './formatMinutesOfDay';
export { describeCalendar } from './describeCalendar';

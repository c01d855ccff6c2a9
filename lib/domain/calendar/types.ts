/**
 * Types of the pure business-calendar library.
 *
 * All instants are UTC `Date`s; all working hours are wall-clock times local to
 * `BusinessCalendar.timezone`.
 */

/** A recurring block of working time on one weekday, in local wall-clock minutes. */
export interface WorkingWindow {
  /** 0 = Sunday … 6 = Saturday (same as `Date#getDay`). */
  weekday: number;
  /** Minutes from local midnight, inclusive (0–1440). */
  startMinute: number;
  /** Minutes from local midnight, exclusive; may be 1440 (the window runs to midnight). */
  endMinute: number;
}

export interface BusinessCalendar {
  /** When true every instant is working time and `windows`/`holidays` are ignored. */
  is24x7: boolean;
  /** IANA time zone, e.g. 'America/New_York'; the windows and holidays are local to it. */
  timezone: string;
  /** May hold several (even overlapping) windows per weekday; they are merged. */
  windows: WorkingWindow[];
  /** Local dates 'YYYY-MM-DD' that have no working time at all. */
  holidays: string[];
}

/** A span of time between two UTC instants, `end` exclusive. */
export interface Interval {
  start: Date;
  end: Date;
}

/** One piece of `splitByCalendar`'s partition. */
export interface CalendarSegment {
  start: Date;
  end: Date;
  isInHours: boolean;
}

export interface CalendarSplit {
  /** Whole minutes of working time (rounded so that in + after = total). */
  inHoursMinutes: number;
  /** Whole minutes outside working time: total − inHoursMinutes. */
  afterHoursMinutes: number;
  /** Contiguous, alternating segments covering [start, end) exactly. */
  segments: CalendarSegment[];
}

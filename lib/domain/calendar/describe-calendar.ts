import type { BusinessCalendar } from './types.ts';
import { formatMinutesOfDay } from './format-minutes-of-day.ts';
import { prepareCalendar } from './prepared-calendar.ts';

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Weekdays in display order, Monday first. */
const DISPLAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** Labels runs of consecutive display positions: [0,1,2,3,4] → 'Mon–Fri', [0,2] → 'Mon, Wed'. */
function describeDays(positions: number[]): string {
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 1; i <= positions.length; i++) {
    if (i < positions.length && positions[i] === positions[i - 1] + 1) continue;
    const first = DAY_NAMES[DISPLAY_ORDER[positions[runStart]]];
    const last = DAY_NAMES[DISPLAY_ORDER[positions[i - 1]]];
    const length = i - runStart;
    parts.push(length === 1 ? first : length === 2 ? `${first}, ${last}` : `${first}–${last}`);
    runStart = i;
  }
  return parts.join(', ');
}

/**
 * Human summary, e.g. 'Mon–Fri 08:00–18:00 (America/New_York), 3 holidays',
 * 'Mon–Fri 08:00–12:00, 13:00–17:00; Sat 09:00–13:00 (Europe/London)' or '24×7'.
 */
export function describeCalendar(cal: BusinessCalendar): string {
  const prepared = prepareCalendar(cal);
  if (prepared.is24x7) return '24×7';

  const groups = new Map<string, number[]>();
  DISPLAY_ORDER.forEach((weekday, position) => {
    const windows = prepared.windowsByWeekday[weekday];
    if (windows.length === 0) return;
    const hours = windows
      .map(([start, end]) => `${formatMinutesOfDay(start)}–${formatMinutesOfDay(end)}`)
      .join(', ');
    groups.set(hours, [...(groups.get(hours) ?? []), position]);
  });

  const schedule =
    groups.size === 0
      ? 'No working hours'
      : [...groups].map(([hours, positions]) => `${describeDays(positions)} ${hours}`).join('; ');
  const holidayCount = prepared.holidays.size;
  const holidays = holidayCount === 0 ? '' : `, ${holidayCount} ${holidayCount === 1 ? 'holiday' : 'holidays'}`;
  return `${schedule} (${prepared.timezone})${holidays}`;
}

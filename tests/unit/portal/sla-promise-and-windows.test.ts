import { describe, expect, it } from 'vitest';
import { describeSlaPromise, spellDuration } from '@/lib/domain/sla/describe-promise.ts';
import { isWithinReopenWindow, reopenDeadline } from '@/lib/domain/tickets/reopen-window.ts';
import { expiryState } from '@/lib/domain/portal/expiry.ts';
import { firstWorkingSlot } from '@/lib/domain/portal/next-slot.ts';
import type { BusinessCalendar } from '@/lib/domain/calendar/index.ts';

describe('the SLA in plain words', () => {
  it('spells durations', () => {
    expect(spellDuration(60)).toBe('1 hour');
    expect(spellDuration(480)).toBe('8 hours');
    expect(spellDuration(30)).toBe('30 minutes');
    expect(spellDuration(90)).toBe('1 hour 30 minutes');
  });

  it('says "working hours" for business-hours tiers and names the hours', () => {
    expect(describeSlaPromise({ responseMinutes: 60, resolutionMinutes: 480, is24x7: false, supportHours: 'Mon–Fri 08:00–18:00 (America/New_York)' })).toBe(
      'We aim to respond within 1 hour and resolve within 8 working hours. The clock runs during your support hours (Mon–Fri 08:00–18:00 (America/New_York)).',
    );
    expect(describeSlaPromise({ responseMinutes: 30, resolutionMinutes: 240, is24x7: true })).toBe('We aim to respond within 30 minutes and resolve within 4 hours. Your support runs 24×7.');
  });
});

describe('reopen window', () => {
  const resolvedAt = new Date('2026-11-01T10:00:00Z');
  it('allows reopening for 7 days after resolution, not after', () => {
    expect(isWithinReopenWindow(resolvedAt, new Date('2026-11-08T10:00:00Z'))).toBe(true);
    expect(isWithinReopenWindow(resolvedAt, new Date('2026-11-08T10:00:01Z'))).toBe(false);
    expect(isWithinReopenWindow(null, resolvedAt)).toBe(false);
    expect(reopenDeadline(resolvedAt)?.toISOString()).toBe('2026-11-08T10:00:00.000Z');
  });
});

describe('expiry highlighting', () => {
  const now = new Date('2026-11-20T15:00:00Z');
  it('is expired after the day, soon within 90 days, else ok', () => {
    expect(expiryState(new Date('2026-11-19'), now)).toBe('expired');
    expect(expiryState(new Date('2026-11-20'), now)).toBe('soon');
    expect(expiryState(new Date('2027-02-17'), now)).toBe('soon');
    expect(expiryState(new Date('2027-02-19'), now)).toBe('ok');
    expect(expiryState(null, now)).toBeNull();
  });
});

describe('first working slot', () => {
  const weekdays: BusinessCalendar = {
    is24x7: false,
    timezone: 'America/New_York',
    windows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 8 * 60, endMinute: 18 * 60 })),
    holidays: [],
  };
  it('is now inside hours when the work fits, else the next opening', () => {
    const tuesdayNoon = new Date('2026-11-17T17:00:00Z'); // 12:00 in New York
    expect(firstWorkingSlot(weekdays, tuesdayNoon, 30)).toEqual(tuesdayNoon);
    const tuesdayLate = new Date('2026-11-17T22:50:00Z'); // 17:50: 30 min do not fit
    expect(firstWorkingSlot(weekdays, tuesdayLate, 30)?.toISOString()).toBe('2026-11-18T13:00:00.000Z');
    const saturday = new Date('2026-11-21T15:00:00Z');
    expect(firstWorkingSlot(weekdays, saturday, 30)?.toISOString()).toBe('2026-11-23T13:00:00.000Z');
    expect(firstWorkingSlot({ ...weekdays, is24x7: true }, saturday, 30)).toEqual(saturday);
  });
});

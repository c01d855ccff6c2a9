import type { RetainerForecast } from '@/lib/domain/retainer/forecast.ts';
import { formatDate, formatDuration } from '@/lib/utils/format.ts';

/** The forecast in words: one line per averaging window. */
export function RetainerForecastText(props: { forecasts: RetainerForecast[]; timezone: string; unitMinutes: number }) {
  if (props.forecasts.some((forecast) => forecast.status === 'empty')) {
    return <p className="text-sm" data-testid="retainer-forecast">Your prepaid hours are used up; further work is billed at the overage rate until you top up.</p>;
  }
  return (
    <ul className="space-y-1 text-sm" data-testid="retainer-forecast">
      {props.forecasts.map((forecast) => {
        const perDay = formatDuration(Math.round(forecast.dailyBurnUnits * props.unitMinutes));
        const rate = `At the last ${forecast.windowDays} days’ rate (${perDay} a day)`;
        return (
          <li key={forecast.windowDays}>
            {forecast.status === 'not_at_this_rate'
                ? `${rate}: they do not run out at this rate.`
                : `${rate}: they run out around ${formatDate(forecast.runOutAt, props.timezone)}.`}
          </li>
        );
      })}
    </ul>
  );
}

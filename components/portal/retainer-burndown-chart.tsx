'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

interface Point {
  at: number;
  hours: number;
}

const formatDay = (timezone: string) => (at: number) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: timezone }).format(new Date(at));

/**
 * The prepaid balance over time (a step line: it moves when time is drawn or bought) and,
 * dashed, where the recent rate of use takes it. The page states the same in words.
 */
export function RetainerBurndownChart(props: { series: Point[]; forecast: Point[] | null; timezone: string }) {
  const label = formatDay(props.timezone);
  return (
    <div className="h-64 w-full" role="img" aria-label="Chart of the prepaid hours balance over time, with the forecast">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" className="stroke-border" />
          <XAxis dataKey="at" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={label} fontSize={12} allowDuplicatedCategory={false} />
          <YAxis dataKey="hours" fontSize={12} unit=" h" allowDecimals={false} />
          <Tooltip labelFormatter={(value) => label(Number(value))} formatter={(value) => [`${Number(value).toFixed(2)} h`, 'Balance']} />
          <Legend />
          <Line data={props.series} dataKey="hours" name="Balance" type="stepAfter" stroke="var(--color-primary, #4f46e5)" strokeWidth={2} dot={false} isAnimationActive={false} />
          {props.forecast ? (
            <Line data={props.forecast} dataKey="hours" name="Forecast (last 30 days’ rate)" type="linear" stroke="var(--color-muted-foreground, #6b7280)" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

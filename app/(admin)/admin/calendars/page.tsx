import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session.ts';
import { listCalendars } from '@/lib/server/calendars/list-calendars.ts';
import { createCalendarAction } from '@/app/_actions/calendar-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { CalendarForm } from '@/components/calendars/calendar-form.tsx';

export const metadata: Metadata = { title: 'Calendars' };

export default async function CalendarsPage() {
  const actor = await requirePageActor({ roles: ['admin'] });
  const calendars = await listCalendars({ actor });
  return (
    <>
      <PageHeader title="Business calendars" description="Support hours for tiers: weekday windows and holidays. To change the hours a tier keeps, create a new calendar and save the tier with it as a new version." />
      <div className="space-y-6">
        <Card>
          <CardHeader><CardTitle as="h2">Calendars</CardTitle></CardHeader>
          <CardContent>
            {calendars.length === 0 ? <EmptyState title="No calendars yet" description="Create one below, or use 24×7 tiers." /> : null}
            <ul className="space-y-2 text-sm">
              {calendars.map((c) => (
                <li key={c.id}>
                  <Link className="font-medium underline" href={`/admin/calendars/${c.id}`}>{c.name}</Link>
                  <span className="text-muted-foreground"> — {c.summary} · used by {c.tierVersionCount} tier version{c.tierVersionCount === 1 ? '' : 's'}</span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle as="h2">New calendar</CardTitle></CardHeader>
          <CardContent><CalendarForm action={createCalendarAction} /></CardContent>
        </Card>
      </div>
    </>
  );
}

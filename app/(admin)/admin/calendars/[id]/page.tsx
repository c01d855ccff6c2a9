import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { orNotFound, requirePageActor } from '@/app/_lib/session.ts';
import { getCalendar } from '@/lib/server/calendars/list-calendars.ts';
import { addHolidayAction, removeHolidayAction } from '@/app/_actions/calendar-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { formatDate } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Calendar' };

export default async function CalendarPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor({ roles: ['admin'] });
  const id = (await params).id;
  if (!z.uuid().safeParse(id).success) notFound();
  const calendar = await orNotFound(getCalendar({ actor, calendarId: id }));
  return (
    <>
      <PageHeader title={calendar.name} description={`${calendar.summary} · used by ${calendar.tierVersionCount} tier version${calendar.tierVersionCount === 1 ? '' : 's'}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader><CardTitle as="h2">Holidays</CardTitle></CardHeader>
          <CardContent>
            {calendar.holidays.length === 0 ? <p className="text-sm text-muted-foreground">No holidays.</p> : null}
            <ul className="space-y-2 text-sm">
              {calendar.holidays.map((h) => (
                <li key={h.date} className="flex items-center justify-between gap-2" data-testid="holiday">
                  <span>{formatDate(h.date)} — {h.name}</span>
                  <ActionForm action={removeHolidayAction} label={`Remove ${h.name}`} submitLabel="Remove" submitVariant="ghost" className="flex">
                    <input type="hidden" name="calendarId" value={calendar.id} />
                    <input type="hidden" name="date" value={h.date} />
                  </ActionForm>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle as="h2">Add a holiday</CardTitle></CardHeader>
          <CardContent>
            <ActionForm action={addHolidayAction} label="Add a holiday" submitLabel="Add holiday">
              <input type="hidden" name="calendarId" value={calendar.id} />
              <FormField id="holiday-date" label="Date" required><Input name="date" type="date" required /></FormField>
              <FormField id="holiday-name" label="Name" required><Input name="name" required maxLength={120} /></FormField>
            </ActionForm>
            <p className="mt-4 text-sm"><Link className="underline" href="/admin/calendars">All calendars</Link></p>
          </CardContent>
        </Card>
      </div>
    </>
  );
}

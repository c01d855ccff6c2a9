import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { orNotFound, requirePageActor } from '@/app/_lib/session.ts';
import { getTier } from '@/lib/server/tiers/get-tier.ts';
import { listCalendars } from '@/lib/server/calendars/list-calendars.ts';
import { previewTierAction, retireTierAction, updateTierAction } from '@/app/_actions/tier-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table.tsx';
import { TierForm } from '@/components/tiers/tier-form.tsx';
import { formatDateTime, formatMoneyString, humanize } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Tier' };

const DAY_MS = 86_400_000;

export default async function TierPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor({ roles: ['admin'] });
  const id = (await params).id;
  if (!z.uuid().safeParse(id).success) notFound();
  const [tier, calendars] = await Promise.all([orNotFound(getTier({ actor, tierId: id })), listCalendars({ actor })]);
  const now = new Date();
  const latest = tier.versions[0];
  // a new version must start after the latest one (which may be scheduled in the future)
  const minEffectiveFrom = latest && latest.effectiveFrom > now ? new Date(latest.effectiveFrom.getTime() + DAY_MS).toISOString().slice(0, 10) : now.toISOString().slice(0, 10);
  return (
    <>
      <PageHeader
        title={tier.name}
        description={<>{tier.description ?? 'No description.'} · {tier.activeContracts} active contract{tier.activeContracts === 1 ? '' : 's'} {tier.isRetired ? <Badge className="ml-1">Retired</Badge> : null}</>}
        actions={
          <ActionForm action={retireTierAction} label={tier.isRetired ? 'Reinstate tier' : 'Retire tier'} submitLabel={tier.isRetired ? 'Reinstate tier' : 'Retire tier'} submitVariant={tier.isRetired ? 'outline' : 'destructive'} className="flex items-center gap-2">
            <input type="hidden" name="tierId" value={tier.id} />
            <input type="hidden" name="isRetired" value={tier.isRetired ? 'false' : 'true'} />
          </ActionForm>
        }
      />
      <div className="space-y-6">
        <Card>
          <CardHeader><CardTitle as="h2">Versions</CardTitle></CardHeader>
          <CardContent>
            <Table aria-label="Versions">
              <TableHeader>
                <TableRow><TableHead>Version</TableHead><TableHead>Effective from</TableHead><TableHead>Status</TableHead><TableHead>Standard rate</TableHead><TableHead>Rules</TableHead><TableHead>Saved by</TableHead></TableRow>
              </TableHeader>
              <TableBody>
                {tier.versions.map((v) => (
                  <TableRow key={v.id} data-testid="tier-version">
                    <TableCell>v{v.version}</TableCell>
                    <TableCell>{formatDateTime(v.effectiveFrom, 'UTC')} UTC</TableCell>
                    <TableCell><Badge variant={v.status === 'current' ? 'success' : v.status === 'scheduled' ? 'info' : 'neutral'}>{humanize(v.status)}</Badge></TableCell>
                    <TableCell>{formatMoneyString(v.terms.standardRate)}/h</TableCell>
                    <TableCell>{v.terms.rules.filter((r) => r.isEnabled).length} enabled</TableCell>
                    <TableCell>{v.createdBy ?? '—'} · {formatDateTime(v.createdAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle as="h2">Change the terms</CardTitle></CardHeader>
          <CardContent>
            {tier.isRetired || !tier.latestTerms ? (
              <p className="text-sm text-muted-foreground">This tier is retired; reinstate it to change its terms.</p>
            ) : (
              <TierForm
                action={updateTierAction}
                previewAction={previewTierAction}
                tierId={tier.id}
                values={{ name: tier.name, description: tier.description ?? '', terms: tier.latestTerms, scenarios: tier.scenarios }}
                calendars={calendars}
                minEffectiveFrom={minEffectiveFrom}
                submitLabel="Save as a new version"
              />
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle as="h2">History</CardTitle></CardHeader>
          <CardContent>
            <ul className="space-y-1 text-sm">
              {tier.history.map((h) => <li key={h.id}>{formatDateTime(h.at)} · {h.actor ?? 'system'} · {humanize(h.action.replace('tier.', ''))}</li>)}
              {tier.history.length === 0 ? <li className="text-muted-foreground">No recorded changes.</li> : null}
            </ul>
            <p className="mt-3 text-sm"><Link className="underline" href="/admin/tiers">All tiers</Link></p>
          </CardContent>
        </Card>
      </div>
    </>
  );
}

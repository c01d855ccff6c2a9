import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { listActiveStaff } from '@/lib/server/users/list-active-staff.ts';
import { listApiTokens } from '@/lib/server/api-tokens/list-api-tokens.ts';
import { createApiTokenAction, revokeApiTokenAction } from '@/app/_actions/api-token-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Label } from '@/components/ui/label.tsx';
import { Select } from '@/components/ui/select.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { ConfirmDialog } from '@/components/ui/confirm-dialog.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table.tsx';
import { formatDateTime } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'API tokens' };

export default async function ApiTokensPage() {
  const actor = await requirePageActor({ roles: ['admin'] });
  const [tokens, staff] = await Promise.all([
    listApiTokens({ actor }),
    listActiveStaff({ actor }),
  ]);
  return (
    <>
      <PageHeader title="API tokens" description={<>Bearer tokens for integrations (RMM, accounting). A token acts as the staff user it belongs to. API reference: <a className="underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a></>} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader><CardTitle as="h2">Tokens</CardTitle></CardHeader>
          <CardContent>
            {tokens.length === 0 ? <EmptyState title="No tokens yet" /> : (
              <Table>
                <TableHeader><TableRow><TableHead>Name</TableHead><TableHead>Acts as</TableHead><TableHead>Token</TableHead><TableHead>Last used</TableHead><TableHead><span className="sr-only">Actions</span></TableHead></TableRow></TableHeader>
                <TableBody>
                  {tokens.map((token) => (
                    <TableRow key={token.id}>
                      <TableCell>{token.name}</TableCell>
                      <TableCell>{token.user.name}</TableCell>
                      <TableCell className="font-mono text-xs">{token.prefix}…</TableCell>
                      <TableCell>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</TableCell>
                      <TableCell>
                        {token.revokedAt ? <Badge variant="neutral">Revoked</Badge> : (
                          <ConfirmDialog action={revokeApiTokenAction} fields={{ tokenId: token.id }} title={`Revoke “${token.name}”?`} description="Integrations using it stop working at once. This cannot be undone." confirmLabel="Revoke" triggerLabel="Revoke" triggerVariant="outline" triggerSize="sm" />
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle as="h2">New token</CardTitle></CardHeader>
          <CardContent>
            <ActionForm action={createApiTokenAction} label="New API token" submitLabel="Create token">
              <div className="space-y-1"><Label htmlFor="token-name" required>Name</Label><Input id="token-name" name="name" placeholder="e.g. RMM alerts" /></div>
              <div className="space-y-1"><Label htmlFor="token-user">Acts as</Label><Select id="token-user" name="userId" defaultValue={actor.userId} options={staff.map((s) => ({ value: s.id, label: s.name }))} /></div>
            </ActionForm>
          </CardContent>
        </Card>
      </div>
    </>
  );
}

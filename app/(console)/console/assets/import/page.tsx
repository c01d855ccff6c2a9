import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { listClientChoices } from '@/lib/server/assets/asset-choices.ts';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '@/lib/server/assets/import-assets-csv.ts';
import { commitAssetImportAction, previewAssetImportAction } from '@/app/_actions/asset-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Button } from '@/components/ui/button.tsx';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { AssetImportForm } from '@/components/assets/asset-import-form.tsx';

export const metadata: Metadata = { title: 'Import assets' };

const SAMPLE = [
  IMPORT_COLUMNS.join(','),
  'DC02,server,Dell,PowerEdge R660,7XK2M33,Windows Server 2022,Head office,active,2028-03-31,,yes',
  'Office 365,cloud_service,Microsoft,Business Premium,,,,,,2027-01-15,yes',
  '"Mainframe, legacy",server,IBM,z15,,,,in_repair,,,no',
].join('\n');

export default async function ImportAssetsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const { clientId } = await searchParams;
  const clients = await listClientChoices({ actor });
  return (
    <>
      <PageHeader
        title="Import assets"
        description="Bring a client’s inventory into the CMDB from a CSV file. Nothing is written until you confirm the preview."
        actions={
          <Button asChild variant="ghost">
            <Link href="/console/assets">All assets</Link>
          </Button>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardContent>
            <AssetImportForm
              previewAction={previewAssetImportAction}
              commitAction={commitAssetImportAction}
              clients={clients.map((c) => ({ id: c.id, name: c.name }))}
              defaultClientId={typeof clientId === 'string' ? clientId : undefined}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">CSV format</CardTitle>
            <CardDescription>
              A header row, then one asset per row (at most {MAX_IMPORT_ROWS.toLocaleString('en-US')}). Only name and class are required.
            </CardDescription>
          </CardHeader>
          <CardContent className="space-y-3 text-sm">
            <pre className="overflow-x-auto rounded-md bg-muted p-3 text-xs" data-testid="sample-csv">{SAMPLE}</pre>
            <ul className="list-inside list-disc space-y-1 text-muted-foreground">
              <li>class: server, workstation, firewall, router, switch, wireless, backup, software_licence, cloud_service or other.</li>
              <li>site: the name of one of the client’s sites, or blank.</li>
              <li>lifecycle: planned, active (the default), in_repair or retired.</li>
              <li>Dates as YYYY-MM-DD; supported: yes (the default) or no.</li>
              <li>Names must be new to the client’s CMDB and appear once in the file.</li>
            </ul>
          </CardContent>
        </Card>
      </div>
    </>
  );
}

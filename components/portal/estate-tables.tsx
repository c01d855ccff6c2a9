import type { EstateAsset, EstateContract } from '@/lib/server/portal/get-estate.ts';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { formatDate, humanize } from '@/lib/utils/format.ts';
import { ExpiryDate } from './expiry-date.tsx';

export function EstateAssetTable({ assets }: { assets: EstateAsset[] }) {
  if (assets.length === 0) return <EmptyState title="No assets recorded yet" description="Your servers, network, computers and licences appear here once we have documented them." />;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Asset</TableHead>
          <TableHead className="hidden sm:table-cell">Kind</TableHead>
          <TableHead>Warranty until</TableHead>
          <TableHead>Licence until</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {assets.map((asset) => (
          <TableRow key={asset.id} data-testid="estate-asset" data-expiring={asset.warrantyState === 'soon' || asset.licenceState === 'soon' || undefined} className={asset.warrantyState === 'soon' || asset.licenceState === 'soon' ? 'bg-warning/5' : undefined}>
            <TableCell className="min-w-40">
              <div className="font-medium">{asset.name}</div>
              <div className="text-xs text-muted-foreground">{[asset.make, asset.model].filter(Boolean).join(' ') || '—'}{asset.siteName ? ` · ${asset.siteName}` : ''}</div>
              <div className="text-xs text-muted-foreground sm:hidden">{humanize(asset.class)}</div>
              {!asset.isSupported ? <Badge variant="danger" className="mt-1">Not supported</Badge> : null}
            </TableCell>
            <TableCell className="hidden sm:table-cell">{humanize(asset.class)}</TableCell>
            <TableCell><ExpiryDate on={asset.warrantyExpiresOn} state={asset.warrantyState} /></TableCell>
            <TableCell><ExpiryDate on={asset.licenceExpiresOn} state={asset.licenceState} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function EstateContractTable({ contracts }: { contracts: EstateContract[] }) {
  if (contracts.length === 0) return <EmptyState title="No agreements" />;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Agreement</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>From</TableHead>
          <TableHead>Renews or ends</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {contracts.map((contract) => (
          <TableRow key={contract.id} data-testid="estate-contract">
            <TableCell className="min-w-40">
              <div className="font-medium">{contract.name}</div>
              <div className="text-xs text-muted-foreground">{contract.number} · {humanize(contract.kind)}{contract.tierName ? ` · ${contract.tierName}` : ''}</div>
            </TableCell>
            <TableCell>{humanize(contract.status)}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDate(contract.startsOn)}</TableCell>
            <TableCell>
              {contract.endsOn ? <ExpiryDate on={contract.endsOn} state={contract.endState} /> : 'No end date'}
              {contract.endsOn && contract.status === 'active' ? (
                <div className="text-xs text-muted-foreground">{contract.isAutoRenew ? `Renews automatically unless notice is given ${contract.noticePeriodDays} days before` : 'Ends unless renewed'}</div>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

import Link from 'next/link';
import type { ContractDetail } from '@/lib/server/contracts/get-contract.ts';
import { Badge } from '@/components/ui/badge.tsx';
import { formatDate, formatMoneyString, humanize } from '@/lib/utils/format.ts';

const money = (value: string | null, suffix = '') => (value ? `${formatMoneyString(value)}${suffix}` : null);

/** Every term of a contract at a glance. */
export function ContractSummary({ contract: c }: { contract: ContractDetail }) {
  const rows: [string, React.ReactNode][] = [
    ['Client', <Link key="client" className="underline" href={`/console/clients/${c.client.id}`}>{c.client.name}</Link>],
    ['Kind', `${humanize(c.kind)}${c.tierName ? ` · ${c.tierName} tier` : ''}`],
    ['Term', `${formatDate(c.startsOn)} – ${c.endsOn ? formatDate(c.endsOn) : 'open-ended'}${c.isAutoRenew ? ' · renews automatically' : ''}`],
    ['Notice period', `${c.noticePeriodDays} days`],
    ['Monthly fee', money(c.monthlyFee)],
    ['Monthly budget', c.monthlyBudget ? `${money(c.monthlyBudget)} (reviewed quarterly)` : null],
    ['Fixed fee', money(c.fixedFee)],
    ['Standard rate', money(c.standardRate, '/h') ?? 'the tier’s'],
    ['After-hours multiplier', c.afterHoursMultiplier ? `${Number(c.afterHoursMultiplier)}×` : 'the tier’s'],
    ['Onsite rate', money(c.onsiteRate, '/h') ?? 'the tier’s'],
    ['Overage rate', c.kind === 'retainer' ? (money(c.overageRate, '/h') ?? 'the standard rate') : null],
    ['After-hours burn', c.kind === 'retainer' ? (c.afterHoursBurnRate ? `${Number(c.afterHoursBurnRate)}×` : '1× (same as in hours)') : null],
    ['Low-balance notice', c.kind === 'retainer' ? (c.lowBalanceUnits === null ? 'off' : `below ${c.lowBalanceUnits} units`) : null],
    ['Template', c.templateName],
    ['Account manager', c.client.accountManager ?? 'none'],
    ['Exclusions', c.exclusions],
  ];
  return (
    <div className="space-y-4 text-sm">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.filter(([, value]) => value !== null && value !== '').map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-muted-foreground">{label}</dt>
            <dd className="whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="mb-1 font-medium">Covered assets ({c.coveredAssets.length})</h3>
        {c.coveredAssets.length === 0 ? <p className="text-muted-foreground">No assets listed.</p> : null}
        <ul className="flex flex-wrap gap-2">
          {c.coveredAssets.map((a) => (
            <li key={a.id}><Link href={`/console/assets/${a.id}`}><Badge variant={a.isSupported ? 'outline' : 'warning'}>{a.name} · {humanize(a.class)}</Badge></Link></li>
          ))}
        </ul>
      </div>
    </div>
  );
}

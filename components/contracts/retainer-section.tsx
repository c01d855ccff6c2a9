import { amendContractAction, sellRetainerBlockAction } from '@/app/_actions/contract-actions.ts';
import type { ContractDetail } from '@/lib/server/contracts/get-contract.ts';
import type { RetainerView } from '@/lib/server/retainer/get-retainer.ts';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { RetainerLedger } from '@/components/clients/retainer-ledger.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { formatDuration } from '@/lib/utils/format.ts';

/** A retainer contract's prepaid time: sell blocks and top-ups, the low-balance and overage terms, the ledger. */
export function RetainerSection(props: { contract: ContractDetail; retainer: RetainerView | null; today: string; canManage: boolean }) {
  const c = props.contract;
  const balance = c.retainerBalanceUnits ?? 0;
  const isLow = c.lowBalanceUnits !== null && balance < c.lowBalanceUnits;
  const isRunning = c.status === 'active';
  return (
    <div className="space-y-6">
      <p className="text-lg" data-testid="retainer-balance">
        <span className="font-semibold">{balance} units</span> left ({formatDuration(balance * 15)})
        {isLow ? <span className="ml-2 text-sm text-warning-foreground dark:text-warning">below the {c.lowBalanceUnits}-unit threshold</span> : null}
      </p>
      {props.canManage && isRunning ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <ActionForm action={sellRetainerBlockAction} label="Sell retainer time" submitLabel="Record sale">
            <input type="hidden" name="contractId" value={c.id} />
            <input type="hidden" name="clientId" value={c.client.id} />
            <div className="grid gap-3 sm:grid-cols-3">
              <FormField id="sell-kind" label="Sale" required>
                <Select name="kind" defaultValue={balance > 0 ? 'top_up' : 'purchase'} options={[{ value: 'purchase', label: 'A block' }, { value: 'top_up', label: 'A top-up' }]} />
              </FormField>
              <FormField id="sell-quantity" label="Amount" required>
                <Input name="quantity" type="number" min="0.25" step="0.25" defaultValue="1" required />
              </FormField>
              <FormField id="sell-measure" label="Of" required>
                <Select name="measure" defaultValue="days" options={[{ value: 'days', label: 'Days (7 h, 28 units)' }, { value: 'hours', label: 'Hours' }, { value: 'units', label: 'Units (15 min)' }]} />
              </FormField>
              <FormField id="sell-at" label="Serves work from" required>
                <Input name="at" type="date" defaultValue={props.today} required />
              </FormField>
              <FormField id="sell-expires" label="Expires after (optional)">
                <Input name="expiresOn" type="date" />
              </FormField>
              <FormField id="sell-note" label="Note">
                <Input name="note" maxLength={500} placeholder="e.g. PO 4711" />
              </FormField>
            </div>
          </ActionForm>
          <ActionForm action={amendContractAction} label="Retainer terms" submitLabel="Save retainer terms" submitVariant="outline">
            <input type="hidden" name="contractId" value={c.id} />
            <input type="hidden" name="version" value={c.version} />
            <div className="grid gap-3 sm:grid-cols-3">
              <FormField id="terms-low" label="Notify below (units)" hint="Empty: no low-balance notice.">
                <Input name="lowBalanceUnits" type="number" min={0} defaultValue={c.lowBalanceUnits ?? ''} />
              </FormField>
              <FormField id="terms-overage" label="Overage rate (per hour)" hint="Work past the balance; empty: standard rate.">
                <Input name="overageRate" inputMode="decimal" defaultValue={c.overageRate ?? ''} />
              </FormField>
              <FormField id="terms-burn" label="After-hours burn rate" hint="Units per after-hours unit; empty: 1×.">
                <Input name="afterHoursBurnRate" inputMode="decimal" defaultValue={c.afterHoursBurnRate ?? ''} />
              </FormField>
            </div>
          </ActionForm>
        </div>
      ) : null}
      {props.retainer ? <RetainerLedger retainer={props.retainer} timezone={c.client.timezone} /> : null}
    </div>
  );
}

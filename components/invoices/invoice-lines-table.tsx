import Link from 'next/link';
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from '@/components/ui/table.tsx';
import type { InvoiceLineView } from '@/lib/server/invoices/get-invoice.ts';
import { formatMoneyString, humanize } from '@/lib/utils/format.ts';

const trimQuantity = (quantity: string) => quantity.replace(/\.?0+$/, '') || '0';

/** The invoice's lines and total; ticket numbers link to the ticket in the face the viewer uses. */
export function InvoiceLinesTable(props: { lines: InvoiceLineView[]; total: string; ticketHref: (ticketNumber: number) => string }) {
  return (
    <div className="rounded-lg border bg-card">
      <Table aria-label="Invoice lines">
        <TableHeader>
          <TableRow>
            <TableHead>Kind</TableHead>
            <TableHead>Description</TableHead>
            <TableHead>Ticket</TableHead>
            <TableHead className="text-right">Quantity</TableHead>
            <TableHead className="text-right">Unit price</TableHead>
            <TableHead className="text-right">Amount</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.lines.length === 0 ? (
            <TableRow>
              <TableCell colSpan={6} className="h-16 text-center text-muted-foreground">No lines.</TableCell>
            </TableRow>
          ) : null}
          {props.lines.map((line) => (
            <TableRow key={line.id} data-testid="invoice-line">
              <TableCell className="whitespace-nowrap">{humanize(line.kind)}</TableCell>
              <TableCell className="whitespace-normal">{line.description}</TableCell>
              <TableCell>{line.ticketNumber ? <Link className="underline" href={props.ticketHref(line.ticketNumber)}>#{line.ticketNumber}</Link> : '—'}</TableCell>
              <TableCell className="text-right tabular-nums">{trimQuantity(line.quantity)}{line.kind === 'time' || line.kind === 'overage' ? ' h' : ''}</TableCell>
              <TableCell className="text-right tabular-nums">{formatMoneyString(line.unitPrice)}</TableCell>
              <TableCell className="text-right tabular-nums">{formatMoneyString(line.amount)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell colSpan={5} className="text-right font-medium">Total</TableCell>
            <TableCell className="text-right font-semibold tabular-nums" data-testid="invoice-total">{formatMoneyString(props.total)}</TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </div>
  );
}

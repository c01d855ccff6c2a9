import { renderToBuffer } from '@react-pdf/renderer';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { InvoicePdf } from '@/components/invoices/invoice-pdf.tsx';
import { getInvoice } from './get-invoice.ts';

/**
 * The invoice's PDF, for whoever may see the invoice (getInvoice authorizes and scopes: a
 * customer admin gets only their company's issued or paid invoices; others are not found).
 */
export async function renderInvoicePdf(options: { actor: Actor | null; invoiceId: string }, tx: DbTx = db): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
  const invoice = await getInvoice({ actor: options.actor, input: { invoiceId: options.invoiceId } }, tx);
  const buffer = await renderToBuffer(<InvoicePdf invoice={invoice} />);
  const name = invoice.number ? `invoice-${invoice.number}` : `draft-${invoice.client.code}-${invoice.period}`;
  return { fileName: `${name}.pdf`.replace(/[^A-Za-z0-9._-]/g, '_'), bytes: new Uint8Array(buffer) };
}

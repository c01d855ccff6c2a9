import Papa from 'papaparse';
import { currentActor } from '@/app/_lib/session.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { EXPORT_COLUMNS, exportInvoiceLines } from '@/lib/server/invoices/export-invoice-lines.ts';

export const dynamic = 'force-dynamic';

// a cell a spreadsheet would run as a formula gets a leading quote; plain negative amounts do not
const FORMULA = /^(?:[=+@\t\r]|-(?!\d+(?:\.\d+)?$))/;

/**
 * GET /api/invoices/export?period=YYYY-MM[&status=…] — every line of the month's invoices (all
 * but void ones unless a status is given) as CSV, for staff signed in to the console.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  try {
    const rows = await exportInvoiceLines({ actor: await currentActor(), input: { period: params.get('period') ?? '', status: params.get('status') || undefined } });
    const csv = Papa.unparse({ fields: [...EXPORT_COLUMNS], data: rows }, { escapeFormulae: FORMULA, newline: '\r\n' });
    return new Response(`\uFEFF${csv}\r\n`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="invoice-lines-${params.get('period')}.csv"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: error.httpStatus });
    console.error('Unexpected error exporting invoice lines', error);
    return Response.json({ error: 'Something went wrong on our side.' }, { status: 500 });
  }
}

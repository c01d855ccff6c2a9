import { currentActor } from '@/app/_lib/session.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { renderInvoicePdf } from '@/lib/server/invoices/render-invoice-pdf.tsx';

export const dynamic = 'force-dynamic';

/**
 * GET /api/invoices/:id/pdf — the invoice as a PDF, for the signed-in user. The use case
 * authorizes and scopes: a customer admin downloads only their company's issued or paid
 * invoices; anything else is a 404, a customer user a 403.
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const pdf = await renderInvoicePdf({ actor: await currentActor(), invoiceId: (await context.params).id });
    return new Response(pdf.bytes, {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${pdf.fileName}"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.httpStatus, headers: { 'cache-control': 'no-store' } });
    console.error('Unexpected error rendering an invoice PDF', error);
    return Response.json({ error: 'Something went wrong on our side.' }, { status: 500 });
  }
}

import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { InvoiceView } from '@/lib/server/invoices/get-invoice.ts';
import { formatMoney } from '@/lib/domain/money/decimal.ts';
import { periodLabel } from '@/lib/domain/invoices/invoice-period.ts';
import { formatDate } from '@/lib/utils/format.ts';

const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 9, fontFamily: 'Helvetica', color: '#111' },
  header: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 24 },
  title: { fontSize: 18, fontFamily: 'Helvetica-Bold' },
  muted: { color: '#555' },
  stamp: { fontSize: 12, fontFamily: 'Helvetica-Bold', color: '#b91c1c' },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#ccc', paddingVertical: 4 },
  headRow: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: '#111', paddingVertical: 4, fontFamily: 'Helvetica-Bold' },
  description: { flex: 1, paddingRight: 8 },
  ticket: { width: 50 },
  number: { width: 60, textAlign: 'right' },
  totalRow: { flexDirection: 'row', justifyContent: 'flex-end', marginTop: 10, fontSize: 11, fontFamily: 'Helvetica-Bold' },
});

const trimQuantity = (quantity: string) => quantity.replace(/\.?0+$/, '') || '0';

/** The invoice as a PDF document (rendered on the server by the download route). */
export function InvoicePdf({ invoice }: { invoice: InvoiceView }) {
  const title = invoice.number ? `Invoice ${invoice.number}` : 'Draft invoice';
  return (
    <Document title={`${title} – ${invoice.client.name} – ${periodLabel(invoice.period)}`} author="PSA">
      <Page size="A4" style={styles.page}>
        <View style={styles.header}>
          <View>
            <Text style={styles.title}>{title}</Text>
            <Text style={styles.muted}>Period: {periodLabel(invoice.period)} ({formatDate(invoice.periodStart)} – {formatDate(invoice.periodEnd)})</Text>
            {invoice.issuedAt ? <Text style={styles.muted}>Issued: {formatDate(invoice.issuedAt, invoice.client.timezone)}</Text> : null}
            {invoice.paidAt ? <Text style={styles.muted}>Paid: {formatDate(invoice.paidAt, invoice.client.timezone)}</Text> : null}
          </View>
          <View>
            <Text style={{ fontFamily: 'Helvetica-Bold' }}>{invoice.client.name}</Text>
            <Text style={styles.muted}>Client code {invoice.client.code}</Text>
            {invoice.status === 'draft' ? <Text style={styles.stamp}>DRAFT – not a bill</Text> : null}
            {invoice.status === 'void' ? <Text style={styles.stamp}>VOID</Text> : null}
          </View>
        </View>
        <View style={styles.headRow}>
          <Text style={styles.description}>Description</Text>
          <Text style={styles.ticket}>Ticket</Text>
          <Text style={styles.number}>Quantity</Text>
          <Text style={styles.number}>Unit price</Text>
          <Text style={styles.number}>Amount</Text>
        </View>
        {invoice.lines.map((line) => (
          <View key={line.id} style={styles.row} wrap={false}>
            <Text style={styles.description}>{line.description}</Text>
            <Text style={styles.ticket}>{line.ticketNumber ? `#${line.ticketNumber}` : ''}</Text>
            <Text style={styles.number}>{trimQuantity(line.quantity)}{line.kind === 'time' || line.kind === 'overage' ? ' h' : ''}</Text>
            <Text style={styles.number}>{formatMoney(line.unitPrice)}</Text>
            <Text style={styles.number}>{formatMoney(line.amount)}</Text>
          </View>
        ))}
        <View style={styles.totalRow}>
          <Text>Total {formatMoney(invoice.total)}</Text>
        </View>
      </Page>
    </Document>
  );
}

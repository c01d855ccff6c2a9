import { describe, expect, it } from 'vitest';
import { queueRowsHtml } from '@/components/tickets/queue-rows-html.ts';
import type { TicketListItem } from '@/lib/server/tickets/ticket-list-item.ts';

const now = new Date('2026-12-06T10:00:00Z');
const item = (over: Partial<TicketListItem>): TicketListItem => ({
  id: 'b1f7c1e2-0000-4000-8000-000000000001',
  number: 42,
  subject: 'Printer offline',
  type: 'service_request',
  priority: 'P2',
  status: 'in_progress',
  clientName: 'Northwind',
  assigneeName: 'Alex Müller',
  resolutionDueAt: new Date('2026-12-06T12:05:00Z'),
  createdAt: now,
  ...over,
});

const cells = (row: string) => [...row.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]);

describe('queueRowsHtml', () => {
  it('renders one linked row per ticket with its eight columns', () => {
    const out = queueRowsHtml([item({}), item({ number: 43 })], now).value;
    const rows = out.match(/<tr [^>]*>.*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('<tr data-href="/console/tickets/42">');
    expect(rows[1]).toContain('href="/console/tickets/43"');
    const columns = cells(rows[0] ?? '');
    expect(columns).toHaveLength(8);
    expect(columns[0]).toBe('#42');
    expect(columns[1]).toBe('<a href="/console/tickets/42" class="font-medium hover:underline">Printer offline</a>');
    expect(columns.slice(2, 4)).toEqual(['Northwind', 'Service request']);
    expect(columns[4]).toMatch(/^<span class="[^"]*bg-orange-500[^"]*">P2<\/span>$/);
    expect(columns.slice(5, 7)).toEqual(['In progress', 'Alex Müller']);
    expect(columns[7]).toBe('<span>due in 2 h 5 min</span>');
  });

  it('marks overdue, unassigned and untargeted tickets', () => {
    const overdue = cells(queueRowsHtml([item({ assigneeName: null, resolutionDueAt: new Date('2026-12-06T09:20:00Z') })], now).value);
    expect(overdue[6]).toBe('<span class="text-muted-foreground">Unassigned</span>');
    expect(overdue[7]).toBe('<span class="font-medium text-destructive">overdue by 40 min</span>');
    expect(cells(queueRowsHtml([item({ resolutionDueAt: null })], now).value)[7]).toBe('<span class="text-muted-foreground">No target</span>');
  });

  it('escapes what customers and staff typed', () => {
    const out = queueRowsHtml([item({ subject: '<img src=x onerror=alert(1)>', clientName: 'A & "B"', assigneeName: "<b>O'Neil</b>" })], now).value;
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('A &amp; &quot;B&quot;');
    expect(out).toContain('&lt;b&gt;O&#39;Neil&lt;/b&gt;');
  });

  it('renders nothing for an empty page', () => {
    expect(queueRowsHtml([], now).value).toBe('');
  });
});

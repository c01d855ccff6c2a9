import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createElement as h, Fragment, useState } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { escapeHtml } from '@/lib/html/escape-html.ts';
import { renderStaticMarkup } from '@/lib/html/render-static-markup.ts';
import { QueueRow } from '@/components/tickets/queue-table.tsx';
import { DecisionCell } from '@/components/billing/decision-cell.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { Button } from '@/components/ui/button.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import type { TicketListItem } from '@/lib/server/tickets/ticket-list-item.ts';

const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

// React's own renderer writes some characters differently (&#x27;) and keeps camelCase names; the markup means the same
const normalise = (markup: string) => markup.replace(/&#x27;/g, '&#39;').replace(/ dateTime=/g, ' datetime=').replace(/ colSpan=/g, ' colspan=');

const item: TicketListItem = {
  id: 'b1f7c1e2-0000-4000-8000-000000000001',
  number: 42,
  subject: `Printer <offline> & "stuck" isn't printing`,
  type: 'service_request',
  priority: 'P2',
  status: 'in_progress',
  clientName: 'Northwind',
  assigneeName: null,
  resolutionDueAt: new Date('2026-12-06T09:20:00Z'),
  createdAt: new Date('2026-12-01T00:00:00Z'),
};

describe('renderStaticMarkup', () => {
  it('renders what React renders for host elements, components, fragments and lists', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    const trees = [
      h(QueueRow, { item, now }),
      h(QueueRow, { item: { ...item, assigneeName: 'Alex Müller', resolutionDueAt: null }, now }),
      h(DecisionCell, {
        decision: { parts: [{ outcome: 'covered', minutes: 15, units: 0 }, { outcome: 'retainer', minutes: 45, units: 3 }], reason: 'Covered: incident <during> Gold hours.' } as never,
        notes: 'Rebooted & checked',
      }),
      h('ol', { className: 'x', 'aria-label': 'Timeline' }, [1, 2].map((n) => h('li', { key: n }, h('time', { dateTime: '2026-12-06' }, `item ${n}`), h(Badge, { variant: 'warning' }, 'Note')))),
      h(Fragment, null, 'a', 0, null, false, undefined, h('td', { colSpan: 3, hidden: true, 'data-n': 1, 'aria-hidden': false }, 'b')),
    ];
    for (const tree of trees) expect(renderStaticMarkup(tree)).toBe(normalise(renderToStaticMarkup(tree)));
  });

  it('writes form controls as React writes their first render', () => {
    const selects = (value: string | undefined) => [
      h(Select, { 'aria-label': 'Type', name: 'type', defaultValue: value ?? '', placeholder: 'Any type', options: [{ value: 'incident', label: 'Incident' }, { value: 'change', label: 'Change' }] }),
      h('select', { name: 'p', value: 'P2', onChange: undefined }, h(Fragment, null, ['P1', 'P2'].map((p) => h('option', { key: p }, p)))),
      h('select', { name: 'm', multiple: true, defaultValue: ['a', 'c'] }, h('optgroup', { label: 'g' }, h('option', { value: 'a' }, 'A'), h('option', { value: 'b' }, 'B')), h('option', { value: 'c', disabled: true }, 'C')),
    ];
    const trees = [
      ...selects('change'),
      ...selects(undefined),
      h(Input, { id: 'q', name: 'q', type: 'search', defaultValue: 'a & "b"', placeholder: 'Search' }),
      h(Input, { name: 'q', type: 'search', defaultValue: undefined }),
      h('input', { type: 'hidden', name: 'queue', value: 'open', readOnly: true }),
      h('input', { type: 'checkbox', name: 'c', defaultChecked: true, value: 'yes' }),
      h('textarea', { name: 't', defaultValue: '<b>typed</b>' }),
      h(Button, { type: 'submit', variant: 'secondary', name: 'go', value: '1' }, 'Filter'),
      h('form', { action: '/console', method: 'get', className: 'grid', 'aria-label': 'Filter' }, h('label', { htmlFor: 'q' }, 'Search')),
    ];
    const normaliseControls = (markup: string) => normalise(markup).replace(/\/>/g, '>').replace(/ readOnly=/g, ' readonly=');
    for (const tree of trees) expect(renderStaticMarkup(tree)).toBe(normaliseControls(renderToStaticMarkup(tree)));
    // the chosen option is marked, and only that one
    expect(renderStaticMarkup(selects('change')[0])).toMatch(/<option value="change" selected="">Change<\/option>/);
    expect(renderStaticMarkup(selects('change')[0]).match(/selected/g)).toHaveLength(1);
  });

  it('escapes text and attributes, so typed content cannot open a tag', () => {
    const out = renderStaticMarkup(h('a', { href: '/x?a=1&b="2"', title: "<img src=x onerror='alert(1)'>" }, '<script>alert(1)</script>'));
    expect(out).toBe('<a href="/x?a=1&amp;b=&quot;2&quot;" title="&lt;img src=x onerror=&#39;alert(1)&#39;&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</a>');
  });

  it('writes void elements without a closing tag and keeps inner HTML it is given', () => {
    expect(renderStaticMarkup(h('p', null, 'a', h('br'), 'b'))).toBe('<p>a<br>b</p>');
    expect(renderStaticMarkup(h('div', { dangerouslySetInnerHTML: { __html: '<b>kept</b>' } }))).toBe('<div><b>kept</b></div>');
  });

  it('refuses what needs React in the browser or in the render', () => {
    const WithState = () => {
      useState(0);
      return null;
    };
    const clientReference = Object.assign(() => null, { $$typeof: Symbol.for('react.client.reference') });
    const Async = async () => h('p', null, 'late');
    expect(() => renderStaticMarkup(h('button', { onClick: () => {} }, 'x'))).toThrow(/onClick handler/);
    expect(() => renderStaticMarkup(h('form', { action: async () => {} }))).toThrow(/action handler/);
    expect(() => renderStaticMarkup(h('svg', null))).toThrow(/svg/);
    expect(() => renderStaticMarkup(h('span', { onClick: () => {} }))).toThrow(/onClick handler/);
    expect(() => renderStaticMarkup(h('div', { style: { color: 'red' } }))).toThrow(/style/);
    expect(() => renderStaticMarkup(h(clientReference))).toThrow(/only host elements and plain function components/);
    expect(() => renderStaticMarkup(h(Async))).toThrow(/async component Async/);
    expect(() => renderStaticMarkup(h(WithState))).toThrow();
    expect(() => renderStaticMarkup({ not: 'an element' })).toThrow(/cannot render/);
  });

  it('escaped text never opens a tag or closes an attribute, and reads back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescape(escaped)).toBe(text);
        expect(renderStaticMarkup(h('td', { title: text }, text))).toBe(`<td title="${escaped}">${escaped}</td>`);
      }),
    );
  });
});

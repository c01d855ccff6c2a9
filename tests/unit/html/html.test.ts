import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, html, SafeHtml } from '@/lib/html/html.ts';

const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('html', () => {
  it('escapes interpolated text in content and in attributes', () => {
    const subject = `<script>alert("x")</script> & 'quoted'`;
    expect(html`<a title="${subject}">${subject}</a>`.value).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</a>',
    );
  });

  it('keeps nested html, joins arrays and drops null, undefined and false', () => {
    const items = ['a<b', 'c'];
    const out = html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>${null}${undefined}${false}${0}`;
    expect(out).toBeInstanceOf(SafeHtml);
    expect(out.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });

  it('does not trust a string that merely looks like markup', () => {
    const fake = { value: '<b>not safe</b>' } as unknown as SafeHtml;
    expect(html`${fake as never}`.value).not.toContain('<b>');
  });

  it('escaped text never opens a tag or closes an attribute, and reads back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescape(escaped)).toBe(text);
        expect(html`<td>${text}</td>`.value).toBe(`<td>${escaped}</td>`);
      }),
    );
  });
});

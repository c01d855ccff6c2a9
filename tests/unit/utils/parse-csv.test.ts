import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/utils/parse-csv.ts';

describe('parseCsv', () => {
  it.each([
    ['a,b\n1,2', [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }]],
    ['a,b\r\n1,2\r\n', [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }]],
    ['\uFEFFa\n\n\nb', [{ line: 1, fields: ['a'] }, { line: 4, fields: ['b'] }]],
    ['"x, y","say ""hi"""', [{ line: 1, fields: ['x, y', 'say "hi"'] }]],
    ['"two\nlines",z\nnext', [{ line: 1, fields: ['two\nlines', 'z'] }, { line: 3, fields: ['next'] }]],
    ['a,,', [{ line: 1, fields: ['a', '', ''] }]],
  ])('parses %j', (input, records) => {
    expect(parseCsv(input)).toEqual({ records, error: null });
  });

  it('reports an unclosed quote with its line', () => {
    expect(parseCsv('a\n"open,b\nc').error).toEqual({ line: 2, message: 'A quoted field starting on line 2 is never closed.' });
  });
});

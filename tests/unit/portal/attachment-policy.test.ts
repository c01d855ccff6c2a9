import { describe, expect, it } from 'vitest';
import { checkAttachments, cleanFileName } from '@/lib/server/attachments/attachment-policy.ts';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);

describe('attachment policy', () => {
  it('keeps only the base name, without control characters or quotes', () => {
    expect(cleanFileName('C:\\Users\\me\\report.pdf')).toBe('report.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a"b\u0007.txt')).toBe('ab.txt');
    expect(cleanFileName('   ')).toBe('attachment');
  });

  it('stores the type of the extension, not the browser’s claim', () => {
    expect(checkAttachments([{ fileName: 'Invoice.PDF', bytes: pdf }])).toEqual([{ fileName: 'Invoice.PDF', contentType: 'application/pdf', bytes: pdf }]);
    expect(checkAttachments([{ fileName: 'sheet.xlsx', bytes: new Uint8Array([0x50, 0x4b]) }])[0].contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('refuses empty files, unknown types, no extension and more than five files, listing every problem', () => {
    const files = [
      { fileName: 'empty.txt', bytes: new Uint8Array() },
      { fileName: 'script.html', bytes: new Uint8Array([1]) },
      { fileName: 'README', bytes: new Uint8Array([1]) },
    ];
    expect(() => checkAttachments(files)).toThrow(expect.objectContaining({ code: 'invalid', fieldErrors: { attachments: ['empty.txt is empty.', expect.stringContaining('script.html'), expect.stringContaining('README')] } }));
    const six = Array.from({ length: 6 }, (_, i) => ({ fileName: `${i}.pdf`, bytes: pdf }));
    expect(() => checkAttachments(six)).toThrow('Attach at most 5 files.');
  });
});

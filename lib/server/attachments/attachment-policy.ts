import { AppError } from '@/lib/errors/app-error.ts';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_REQUEST, TYPES_BY_EXTENSION } from '@/lib/domain/attachments/limits.ts';

export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_REQUEST };

// the first bytes of formats that have a fixed signature: a renamed file is refused
const SIGNATURES: Record<string, number[][]> = {
  'image/png': [[0x89, 0x50, 0x4e, 0x47]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/gif': [[0x47, 0x49, 0x46, 0x38]],
  'application/pdf': [[0x25, 0x50, 0x44, 0x46]],
};

export interface IncomingFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface CheckedFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** A file name safe to show and to put in a header: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return cleaned || 'attachment';
}

/** Refuses, with a message per file, anything too big, empty or of a type we do not take. */
export function checkAttachments(files: IncomingFile[]): CheckedFile[] {
  const problems: string[] = [];
  if (files.length > MAX_ATTACHMENTS_PER_REQUEST) problems.push(`Attach at most ${MAX_ATTACHMENTS_PER_REQUEST} files.`);
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const fileName = cleanFileName(file.fileName);
    const extension = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
    const contentType = TYPES_BY_EXTENSION[extension];
    if (file.bytes.byteLength === 0) problems.push(`${fileName} is empty.`);
    else if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) problems.push(`${fileName} is larger than 10 MB.`);
    else if (!contentType) problems.push(`${fileName}: only images, PDFs, text and office documents can be attached.`);
    else if (SIGNATURES[contentType] && !SIGNATURES[contentType].some((sig) => startsWith(file.bytes, sig))) {
      problems.push(`${fileName} does not look like a ${extension.toUpperCase()} file.`);
    } else checked.push({ fileName, contentType, bytes: file.bytes });
  }
  if (problems.length) throw new AppError('invalid', problems[0], { fieldErrors: { attachments: problems } });
  return checked;
}

import type { Actor } from '@/lib/auth/actor.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { getAttachmentFile } from './get-attachment-file.ts';

function problem(status: number, message: string): Response {
  return new Response(JSON.stringify({ error: message }), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}

/**
 * The HTTP answer to "download attachment <id>" for an actor: the file after the same
 * visibility check as its ticket (another client's is a 404, like a ticket), always as a
 * download with the type we stored, so nothing uploaded runs in the app's origin.
 */
export async function attachmentResponse(actor: Actor | null, unverifiedId: string): Promise<Response> {
  try {
    const file = await getAttachmentFile({ actor, attachmentId: unverifiedId });
    const asciiName = file.fileName.replace(/[^\x20-\x7e]/g, '_');
    return new Response(Buffer.from(file.bytes), {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'content-length': String(file.bytes.byteLength),
        'content-disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'content-security-policy': "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    if (isAppError(error)) return problem(error.httpStatus, error.message);
    console.error('Unexpected error downloading an attachment', error);
    return problem(500, 'Something went wrong on our side.');
  }
}

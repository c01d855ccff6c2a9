import { currentActor } from '@/app/_lib/session.ts';
import { attachmentResponse } from '@/lib/server/attachments/attachment-response.ts';

export const dynamic = 'force-dynamic';

/** Downloads an attachment for the signed-in user (the visibility check is in the use case). */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return attachmentResponse(await currentActor(), (await context.params).id);
}

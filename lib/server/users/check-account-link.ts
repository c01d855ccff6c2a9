import { db, type DbTx } from '@/lib/db/client.ts';
import type { UserTokenKind } from '@/lib/db/generated/enums.ts';
import { inspectUserToken, TOKEN_REFUSALS, type TokenState } from './user-tokens.ts';

export interface AccountLinkCheck {
  state: TokenState;
  /** the account's address, only for a usable link (so the form can name it) */
  email: string | null;
  /** why the link cannot be used, in words */
  refusal: string | null;
}

/** Whether an invitation or reset link can still be used, for the public page that opens it. */
export async function checkAccountLink(options: { token: string; kind: UserTokenKind; now?: Date }, tx: DbTx = db): Promise<AccountLinkCheck> {
  const inspected = await inspectUserToken(tx, { token: options.token, kind: options.kind, now: options.now ?? new Date() });
  if (inspected.state === 'valid') return { state: 'valid', email: inspected.user!.email, refusal: null };
  return { state: inspected.state, email: null, refusal: TOKEN_REFUSALS[inspected.state] };
}

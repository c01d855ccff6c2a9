import type { DbTx } from '@/lib/db/client.ts';

export interface SupportContacts {
  phone: string;
  email: string;
}

/**
 * The MSP's help-desk phone number and e-mail address shown in the portal (settings
 * `support.phone` and `support.email`, else SUPPORT_PHONE / SUPPORT_EMAIL, else demo values).
 * The 24×7 hotline number belongs to the tier (TierVersion.hotlinePhone).
 */
export async function loadSupportContacts(tx: DbTx): Promise<SupportContacts> {
  const rows = await tx.appSetting.findMany({ where: { key: { in: ['support.phone', 'support.email'] } } });
  const byKey = new Map(rows.map((row) => [row.key, row.value]));
  const phone = byKey.get('support.phone');
  const email = byKey.get('support.email');
  return {
    phone: typeof phone === 'string' ? phone : (process.env.SUPPORT_PHONE ?? '+1 555 0100 100'),
    email: typeof email === 'string' ? email : (process.env.SUPPORT_EMAIL ?? 'help@msp.demo'),
  };
}

import type { Metadata } from 'next';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password.ts';
import { checkAccountLink } from '@/lib/server/users/check-account-link.ts';
import { acceptInvitationAction } from '@/app/_actions/account-link-actions.ts';
import { AuthCard, LinkRefusal } from '@/components/auth/auth-card.tsx';
import { SetPasswordForm } from '@/components/auth/set-password-form.tsx';

export const metadata: Metadata = { title: 'Accept your invitation', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await checkAccountLink({ token, kind: 'invitation' });
  return (
    <AuthCard title="Welcome" description={link.email ? <>Choose a password for <strong>{link.email}</strong>.</> : undefined}>
      {link.state === 'valid' ? (
        <SetPasswordForm action={acceptInvitationAction} token={token} email={link.email!} minLength={MIN_PASSWORD_LENGTH} submitLabel="Set my password" />
      ) : (
        <LinkRefusal message={`${link.refusal} Invitations work once, for 7 days; ask your company’s portal admin to send you a new one.`} />
      )}
    </AuthCard>
  );
}

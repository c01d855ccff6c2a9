import type { Metadata } from 'next';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password.ts';
import { checkAccountLink } from '@/lib/server/users/check-account-link.ts';
import { resetPasswordAction } from '@/app/_actions/account-link-actions.ts';
import { AuthCard, LinkRefusal } from '@/components/auth/auth-card.tsx';
import { SetPasswordForm } from '@/components/auth/set-password-form.tsx';

export const metadata: Metadata = { title: 'Choose a new password', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await checkAccountLink({ token, kind: 'password_reset' });
  return (
    <AuthCard title="Choose a new password" description={link.email ? <>For <strong>{link.email}</strong>.</> : undefined}>
      {link.state === 'valid' ? (
        <SetPasswordForm action={resetPasswordAction} token={token} email={link.email!} minLength={MIN_PASSWORD_LENGTH} submitLabel="Set new password" />
      ) : (
        <LinkRefusal message={link.refusal!} retryHref="/reset-password" retryLabel="Ask for a new link" />
      )}
    </AuthCard>
  );
}

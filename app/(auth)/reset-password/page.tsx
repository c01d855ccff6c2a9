import type { Metadata } from 'next';
import { requestPasswordResetAction } from '@/app/_actions/account-link-actions.ts';
import { AuthCard } from '@/components/auth/auth-card.tsx';
import { ResetRequestForm } from '@/components/auth/reset-request-form.tsx';

export const metadata: Metadata = { title: 'Reset your password' };

export default function ResetPasswordRequestPage() {
  return (
    <AuthCard title="Forgot your password?" description="Enter your e-mail address and we send you a link to choose a new one.">
      <ResetRequestForm action={requestPasswordResetAction} />
    </AuthCard>
  );
}

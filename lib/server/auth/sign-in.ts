import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { verifyPassword } from '@/lib/auth/password.ts';
import type { Role } from '@/lib/auth/roles.ts';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid e-mail address.'),
  password: z.string().min(1, 'Enter your password.').max(200),
});

export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_WINDOW_MINUTES = 15;

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * Checks a password. After LOCKOUT_FAILURES failures within the window the e-mail is refused
 * until the window has passed since the last failure, whether the password is right or not.
 */
export async function signIn(
  input: { email: string; password: string; ipAddress?: string | null; now?: Date },
  tx: DbTx = db,
): Promise<SignedInUser> {
  const { email, password } = signInSchema.parse(input);
  const now = input.now ?? new Date();
  const windowStart = new Date(now.getTime() - LOCKOUT_WINDOW_MINUTES * 60_000);

  const lastSuccess = await tx.loginAttempt.findFirst({
    where: { email, succeeded: true, attemptedAt: { gte: windowStart } },
    orderBy: { attemptedAt: 'desc' },
    select: { attemptedAt: true },
  });
  const recentFailures = await tx.loginAttempt.findMany({
    where: { email, succeeded: false, attemptedAt: { gte: lastSuccess?.attemptedAt ?? windowStart } },
    orderBy: { attemptedAt: 'desc' },
    select: { attemptedAt: true },
  });
  if (recentFailures.length >= LOCKOUT_FAILURES) {
    const retryAt = recentFailures[0].attemptedAt.getTime() + LOCKOUT_WINDOW_MINUTES * 60_000;
    const minutes = Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000));
    throw new AppError(
      'rate_limited',
      `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
  }

  const user = await tx.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, isActive: true },
  });
  const isValid = !!user?.passwordHash && user.isActive && (await verifyPassword(user.passwordHash, password));
  await tx.loginAttempt.create({
    data: { email, ipAddress: input.ipAddress ?? null, succeeded: isValid, attemptedAt: now },
  });
  if (!isValid || !user) {
    throw new AppError('unauthenticated', 'That e-mail and password do not match an active account.');
  }
  await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

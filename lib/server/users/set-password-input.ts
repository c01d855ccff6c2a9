import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password.ts';

/** A new password typed twice, for invitations and resets. */
export const setPasswordSchema = z
  .object({
    token: z.string().min(1, 'This link is not valid.').max(200, 'This link is not valid.'),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(200, 'Use at most 200 characters.'),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { message: 'The two passwords do not match.', path: ['confirmPassword'] });
export type SetPasswordInput = z.input<typeof setPasswordSchema>;

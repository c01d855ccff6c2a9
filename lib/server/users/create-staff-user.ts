import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '@/lib/auth/password.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';

export const createStaffUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid e-mail address.')),
  name: z.string().trim().min(2, 'Enter a name (at least 2 characters).').max(120, 'Keep the name under 120 characters.'),
  role: z.enum(STAFF_ROLES, { error: 'Choose technician, account_manager or admin.' }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(200, 'Use at most 200 characters.'),
});
export type CreateStaffUserInput = z.input<typeof createStaffUserSchema>;

/**
 * A staff account made by whoever runs the server (`npm run user:create`): the way to the first
 * administrator of a database without demo data. The shell and the database are the authority
 * here, so there is no signed-in actor; the audit trail records the operator's name.
 */
export async function createStaffUser(
  options: { input: CreateStaffUserInput; operator: string; now?: Date },
  database: Db = db,
): Promise<{ id: string; email: string; role: string }> {
  const input = parseOrThrow(createStaffUserSchema, options.input);
  const passwordHash = await hashPassword(input.password);
  return database.$transaction(async (tx) => {
    if (await tx.user.count({ where: { email: input.email } })) {
      const message = 'That e-mail address already has an account.';
      throw new AppError('conflict', message, { fieldErrors: { email: [message] } });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash, createdAt: options.now ?? new Date() },
      select: { id: true, email: true, role: true },
    });
    await recordAudit(tx, {
      actor: null,
      action: 'user.created_by_operator',
      entityType: 'User',
      entityId: user.id,
      after: { email: user.email, role: user.role, operator: options.operator },
    });
    return user;
  });
}

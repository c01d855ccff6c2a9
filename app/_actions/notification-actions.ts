'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { CUSTOMER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { markNotificationsRead } from '@/lib/server/notifications/mark-notifications-read.ts';

const everyone = { roles: [...STAFF_ROLES, ...CUSTOMER_ROLES] };

export const markNotificationsReadAction = action(
  z.object({ notificationId: z.string().optional().transform((v) => v || undefined) }),
  everyone,
  async (input, actor) => {
    const count = await markNotificationsRead({ actor, input });
    return { message: count === 1 ? 'Marked as read.' : `${count} notices marked as read.`, revalidate: ['/console/notifications', '/portal/notifications'] };
  },
);

import type { Role } from '@/lib/db/generated/enums.ts';

export type { Role };

export const CUSTOMER_ROLES = ['customer_user', 'customer_admin'] as const satisfies readonly Role[];
export const STAFF_ROLES = ['technician', 'account_manager', 'admin'] as const satisfies readonly Role[];
export const MANAGER_ROLES = ['account_manager', 'admin'] as const satisfies readonly Role[];

export function isCustomerRole(role: Role): boolean {
  return (CUSTOMER_ROLES as readonly Role[]).includes(role);
}

export function isStaffRole(role: Role): boolean {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  if (isCustomerRole(role)) return '/portal';
  if (role === 'admin') return '/admin';
  return '/console';
}

export const ROLE_LABELS: Record<Role, string> = {
  customer_user: 'Customer user',
  customer_admin: 'Customer admin',
  technician: 'Technician',
  account_manager: 'Account manager',
  admin: 'Administrator',
};

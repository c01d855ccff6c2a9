import { AppError } from '@/lib/errors/app-error.ts';
import type { Actor } from './actor.ts';
import { isCustomerRole, type Role } from './roles.ts';

export interface Requirement {
  roles: readonly Role[];
}

/**
 * The one authorization check. Every server action, route handler and page calls it
 * (pages through requirePageActor, actions through action(), route handlers through the API
 * handler), whatever the proxy already did.
 */
export function authorize(actor: Actor | null, requirement: Requirement): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Please sign in.');
  if (!requirement.roles.includes(actor.role)) {
    throw new AppError('forbidden', 'You do not have permission to do that.');
  }
  if (isCustomerRole(actor.role) && !actor.clientId) {
    // a customer without a client could otherwise match unscoped queries
    throw new AppError('forbidden', 'Your account is not linked to a company.');
  }
  return actor;
}

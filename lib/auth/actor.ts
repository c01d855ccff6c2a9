import type { Role } from './roles.ts';

/** Who is acting: a signed-in user or the owner of an API token. */
export interface Actor {
  userId: string;
  role: Role;
  /** set for customer roles only */
  clientId: string | null;
  name: string;
  email: string;
  via: 'session' | 'api_token';
}

import type { Request } from 'express';
import type { Principal } from './principal';

/**
 * A request the auth guard let through, with who calls. Its own module: the
 * guard writes it and the audit trail reads it, so neither imports the other.
 */
export interface AuthenticatedRequest extends Request {
  principal: Principal;
}

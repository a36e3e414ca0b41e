import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Principal } from '@xuncha/platform-nest';

/** One signed-in person: the bearer token stays here, the browser holds only the session id. */
export interface Session {
  readonly id: string;
  readonly principal: Principal;
  /** Who the person is, as the sign-in showed it (姓名 or unit name). */
  readonly name: string;
  readonly token: string;
  /** The proof a state-changing call must carry in X-CSRF-Token (synchronizer token). */
  readonly csrf: string;
  lastUsed: number;
}

/**
 * Sessions in the gateway's memory: a restart signs everyone out, which is
 * the safe side for a console in front of confidential records.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly idleMs: number) {}

  create(principal: Principal, name: string, token: string, now = Date.now()): Session {
    const session: Session = {
      id: randomBytes(32).toString('base64url'),
      principal,
      name,
      token,
      csrf: randomBytes(32).toString('base64url'),
      lastUsed: now,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined, now = Date.now()): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (now - session.lastUsed > this.idleMs) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastUsed = now;
    return session;
  }

  end(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }
}

export function sameSecret(expected: string, given: string | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

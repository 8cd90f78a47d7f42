import { randomBytes } from 'node:crypto';
import type { Role } from '../shared/roles.ts';

export interface Session {
  id: string;
  userId: number;
  userName: string;
  role: Role;
  startedAt: number;
  lastSeen: number;
  /** On a temporary password: the dispatcher lets it do nothing but change it. */
  mustChangePassword: boolean;
}

/**
 * `revoked`: the session was ended because a director changed the account (post, stopped, password), so the
 * person can be told why rather than just "please sign in".
 */
export type Touch = { session: Session } | { expired: 'idle' | 'shift' } | { missing: true; revoked?: true };

/**
 * The longest a session lasts however busy it is: one shift. The next shift signs in as itself, so the log
 * does not file a night's work under the name of whoever signed in that morning.
 */
export const SESSION_MAX_HOURS = 12;
const SESSION_MAX_MS = SESSION_MAX_HOURS * 3_600_000;


/**
 * Signed-in sessions of this process. In memory on purpose: a restart signs everyone out,
 * and a session is dropped after the institution's idle-lock time without a call, or after a shift.
 */
export function createSessionStore(options: { idleMs: () => number; nowMs: () => number }) {
  const sessions = new Map<string, Session>();
  // Ids of sessions ended by a change to their account, until their next call hears why; a handful at most.
  const revoked = new Set<string>();

  return {
    create(user: { id: number; displayName: string; role: Role; mustChangePassword: boolean }): Session {
      const session: Session = {
        id: randomBytes(24).toString('base64url'),
        userId: user.id,
        userName: user.displayName,
        role: user.role,
        startedAt: options.nowMs(),
        lastSeen: options.nowMs(),
        mustChangePassword: user.mustChangePassword,
      };
      sessions.set(session.id, session);
      return session;
    },
    touch(id: string | undefined): Touch {
      if (!id) return { missing: true };
      const session = sessions.get(id);
      if (!session) {
        if (revoked.delete(id)) return { missing: true, revoked: true };
        return { missing: true };
      }
      const now = options.nowMs();
      if (now - session.startedAt > SESSION_MAX_MS) {
        sessions.delete(id);
        return { expired: 'shift' };
      }
      if (now - session.lastSeen > options.idleMs()) {
        sessions.delete(id);
        return { expired: 'idle' };
      }
      session.lastSeen = now;
      return { session };
    },
    end(id: string | undefined): void {
      if (id) sessions.delete(id);
    },
    /**
     * Ends every session of this account (but `keep`, the caller's own, when one changes one's own password):
     * what a session may do was decided at sign-in, so a changed post or password must not outlive it.
     */
    endForUser(userId: number, keep?: string): void {
      for (const [id, s] of sessions) {
        if (s.userId === userId && id !== keep) {
          sessions.delete(id);
          revoked.add(id);
        }
      }
    },
    /** The session's owner has chosen their own password: it may now do what their post allows. */
    passwordChanged(id: string | undefined): void {
      const session = id ? sessions.get(id) : undefined;
      if (session) session.mustChangePassword = false;
    },
    endAll(): void {
      sessions.clear();
      revoked.clear();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

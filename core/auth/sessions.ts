import { randomBytes } from 'node:crypto';
import type { Role } from '../shared/roles.ts';

export interface Session {
  id: string;
  userId: number;
  userName: string;
  role: Role;
  lastSeen: number;
}

export type Touch = { session: Session } | { expired: true } | { missing: true };

/** Failed sign-ins before a username is held back, and for how long. */
export const MAX_FAILED_SIGN_INS = 5;
export const SIGN_IN_HOLD_MS = 5 * 60_000;

/**
 * Signed-in sessions of this process. In memory on purpose: a restart signs everyone out,
 * and a session is dropped after the institution's idle-lock time without a call.
 */
export function createSessionStore(options: { idleMs: () => number; nowMs: () => number }) {
  const sessions = new Map<string, Session>();
  const failures = new Map<string, { count: number; until: number }>();

  return {
    create(user: { id: number; displayName: string; role: Role }): Session {
      const session: Session = {
        id: randomBytes(24).toString('base64url'),
        userId: user.id,
        userName: user.displayName,
        role: user.role,
        lastSeen: options.nowMs(),
      };
      sessions.set(session.id, session);
      return session;
    },
    touch(id: string | undefined): Touch {
      if (!id) return { missing: true };
      const session = sessions.get(id);
      if (!session) return { missing: true };
      const now = options.nowMs();
      if (now - session.lastSeen > options.idleMs()) {
        sessions.delete(id);
        return { expired: true };
      }
      session.lastSeen = now;
      return { session };
    },
    end(id: string | undefined): void {
      if (id) sessions.delete(id);
    },
    endForUser(userId: number): void {
      for (const [id, s] of sessions) if (s.userId === userId) sessions.delete(id);
    },
    endAll(): void {
      sessions.clear();
    },
    /** Milliseconds the username must still wait, or 0. */
    heldFor(username: string): number {
      const f = failures.get(username.toLowerCase());
      return f && f.count >= MAX_FAILED_SIGN_INS ? Math.max(0, f.until - options.nowMs()) : 0;
    },
    recordFailure(username: string): void {
      const key = username.toLowerCase();
      const f = failures.get(key);
      const count = f && f.until > options.nowMs() ? f.count + 1 : 1;
      failures.set(key, { count, until: options.nowMs() + SIGN_IN_HOLD_MS });
    },
    clearFailures(username: string): void {
      failures.delete(username.toLowerCase());
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

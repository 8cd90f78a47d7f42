import { defineArea, method } from '../api/define.ts';
import { conflict } from '../shared/errors.ts';
import { emptyInput } from '../shared/fields.ts';
import { setupInput, signInInput } from './schema.ts';
import type { UserView } from '../users/schema.ts';
import { openSession, recordSignIn, signIn } from './signIn.ts';
import { getUser, listUsers } from '../users/queries.ts';
import { createUser } from '../users/create.ts';
import { createInstitution } from '../institution/save.ts';
import { findInstitution, idleLockMinutes } from '../institution/queries.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo/accounts.ts';

/**
 * The demo's first screen lists its staff with their password, so a newcomer can try every post; signing in
 * still goes through auth.signIn like anyone's. As the accounts are now: one the demo director stopped is not
 * offered, one renamed shows its new name.
 */
function demoAccounts(active: UserView[]) {
  return DEMO_USERS.flatMap((d) => active.filter((u) => u.username === d.username)).map((u) => ({
    username: u.username,
    displayName: u.displayName,
    role: u.role,
  }));
}

export const authArea = defineArea('auth', {
  /** What the first screen needs: demo or real, set up or not, who can sign in, who is signed in. */
  'auth.status': method({
    kind: 'read',
    access: 'public',
    input: emptyInput,
    handler: (ctx) => {
      const institution = findInstitution(ctx.db);
      const users = listUsers(ctx.db).filter((u) => u.active);
      return {
        mode: ctx.runtime.mode,
        setupNeeded: institution === null,
        institutionName: institution?.name ?? null,
        idleLockMinutes: idleLockMinutes(ctx.db),
        users: users.map((u) => ({ username: u.username, displayName: u.displayName, role: u.role })),
        demo: ctx.runtime.mode === 'demo' ? { password: DEMO_PASSWORD, accounts: demoAccounts(users) } : null,
        user: ctx.session ? getUser(ctx.db, ctx.session.userId) : null,
        passwordChangeRequired: ctx.session?.mustChangePassword ?? false,
      };
    },
  }),

  /** 初始设置: the institution profile and the first director, on a new real data folder. */
  'auth.setup': method({
    kind: 'write',
    access: 'public',
    input: setupInput,
    changes: ['auth', 'institution', 'users'],
    handler: (ctx, input) => {
      if (findInstitution(ctx.db)) throw conflict('本数据文件夹已完成初始设置，请直接登录');
      // The director typed this password themselves: nothing to change at the next sign-in.
      const director = createUser(ctx, { ...input.director, role: 'director', mustChangePassword: false });
      ctx.actor = { userId: director.id, name: director.displayName, role: 'director' };
      createInstitution(ctx, input.institution, false);
      return openSession(ctx, recordSignIn(ctx, director, input.director.password));
    },
  }),

  /**
   * A task, not a write: a write's transaction would roll back the failure's audit row together with the
   * refusal, and that row is how failures are counted (core/auth/throttle.ts).
   */
  'auth.signIn': method({
    kind: 'task',
    access: 'public',
    input: signInInput,
    handler: (ctx, input) => signIn(ctx, input),
  }),

  'auth.signOut': method({
    kind: 'read',
    access: 'public',
    input: emptyInput,
    handler: (ctx) => {
      ctx.runtime.sessions.end(ctx.sessionId);
      return { signedOut: true };
    },
  }),
});

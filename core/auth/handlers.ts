import { method } from '../api/define.ts';
import type { Context } from '../api/context.ts';
import { AppError, conflict } from '../shared/errors.ts';
import { emptyInput } from '../shared/fields.ts';
import { DIRECTOR_ONLY } from './roles.ts';
import {
  changeOwnPasswordInput,
  createUserInput,
  preferencesInput,
  resetPasswordInput,
  setupInput,
  signInInput,
  updateUserInput,
  type UserView,
} from './schema.ts';
import {
  authenticate,
  checkOwnPassword,
  createUser,
  getUser,
  listUsers,
  recordSignIn,
  setPassword,
  setPreferences,
  updateUser,
} from './users.ts';
import { createInstitution, findInstitution } from '../institution/service.ts';
import { idleLockMinutes } from '../system/runtime.ts';
import { stmt } from '../shared/statements.ts';

function startSession(ctx: Context, user: UserView) {
  ctx.actor = { userId: user.id, name: user.displayName, role: user.role };
  recordSignIn(ctx, user);
  const session = ctx.runtime.sessions.create(user);
  return { sessionId: session.id, user };
}

function currentUser(ctx: Context): UserView {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', '请先登录。');
  return getUser(ctx.db, ctx.session.userId);
}

export const authMethods = {
  /** What the first screen needs: demo or real, set up or not, who can sign in, who is signed in. */
  'auth.status': method({
    kind: 'read',
    access: 'public',
    input: emptyInput,
    handler: (ctx) => {
      const institution = findInstitution(ctx.db);
      return {
        mode: ctx.runtime.mode,
        setupNeeded: institution === null,
        institutionName: institution?.name ?? null,
        idleLockMinutes: idleLockMinutes(ctx.db),
        users: listUsers(ctx.db)
          .filter((u) => u.active)
          .map((u) => ({ username: u.username, displayName: u.displayName, role: u.role })),
        user: ctx.session ? getUser(ctx.db, ctx.session.userId) : null,
      };
    },
  }),

  /** 初始设置: the institution profile and the first director, on a new real data folder. */
  'auth.setup': method({
    kind: 'write',
    access: 'public',
    input: setupInput,
    handler: (ctx, input) => {
      if (findInstitution(ctx.db)) throw conflict('本数据文件夹已完成初始设置，请直接登录');
      const director = createUser(ctx, { ...input.director, role: 'director' });
      ctx.actor = { userId: director.id, name: director.displayName, role: 'director' };
      createInstitution(ctx, input.institution, false);
      return startSession(ctx, director);
    },
  }),

  'auth.signIn': method({
    kind: 'write',
    access: 'public',
    input: signInInput,
    handler: (ctx, input) => {
      const sessions = ctx.runtime.sessions;
      const held = sessions.heldFor(input.username);
      if (held > 0) {
        throw new AppError('FORBIDDEN', `密码连续输错次数过多，请 ${Math.ceil(held / 60_000)} 分钟后再试`, 'password');
      }
      let user: UserView;
      try {
        user = authenticate(ctx.db, input.username, input.password);
      } catch (error) {
        sessions.recordFailure(input.username);
        throw error;
      }
      sessions.clearFailures(input.username);
      return startSession(ctx, user);
    },
  }),

  /** Demo data only: opens as the demo director without a password. */
  'auth.demoSignIn': method({
    kind: 'write',
    access: 'public',
    input: emptyInput,
    handler: (ctx) => {
      if (ctx.runtime.mode !== 'demo') throw new AppError('FORBIDDEN', '只有演示数据可以免密码登录');
      const row = stmt<{ id: number }>(
        ctx.db,
        `SELECT id FROM users WHERE role = 'director' AND active = 1 ORDER BY id LIMIT 1`,
      ).get();
      if (!row) throw new AppError('NOT_FOUND', '演示数据中没有院长账号');
      return startSession(ctx, getUser(ctx.db, row.id));
    },
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

  'users.me': method({ kind: 'read', access: 'signedIn', input: emptyInput, handler: currentUser }),

  'users.list': method({ kind: 'read', access: DIRECTOR_ONLY, input: emptyInput, handler: (ctx) => listUsers(ctx.db) }),

  'users.create': method({
    kind: 'write',
    access: DIRECTOR_ONLY,
    input: createUserInput,
    handler: (ctx, input) => createUser(ctx, input),
  }),

  'users.update': method({
    kind: 'write',
    access: DIRECTOR_ONLY,
    input: updateUserInput,
    handler: (ctx, input) => {
      const user = updateUser(ctx, input);
      if (!user.active) ctx.runtime.sessions.endForUser(user.id);
      return user;
    },
  }),

  'users.resetPassword': method({
    kind: 'write',
    access: DIRECTOR_ONLY,
    input: resetPasswordInput,
    handler: (ctx, input) => {
      const user = getUser(ctx.db, input.id);
      setPassword(ctx, input.id, input.password, `重设密码：${user.displayName}`);
      return { ok: true };
    },
  }),

  'users.changeOwnPassword': method({
    kind: 'write',
    access: 'signedIn',
    input: changeOwnPasswordInput,
    handler: (ctx, input) => {
      const user = currentUser(ctx);
      checkOwnPassword(ctx.db, user.id, input.current);
      setPassword(ctx, user.id, input.password, `修改本人密码：${user.displayName}`);
      return { ok: true };
    },
  }),

  /** 大字 and other per-user display settings. */
  'users.setPreferences': method({
    kind: 'write',
    access: 'signedIn',
    input: preferencesInput,
    handler: (ctx, input) => setPreferences(ctx, currentUser(ctx).id, input.largeText),
  }),
};

import { defineArea, method, type Context } from '../api/define.ts';
import { AppError } from '../shared/errors.ts';
import { emptyInput } from '../shared/fields.ts';
import { USER_ADMINS } from './access.ts';
import { changeOwnPasswordInput, createUserInput, preferencesInput, resetPasswordInput, updateUserInput, type UserView } from './schema.ts';
import { getUser, listUsers } from './queries.ts';
import { createUser } from './create.ts';
import { updateUser } from './update.ts';
import { checkOwnPassword, setPassword } from './passwords.ts';
import { setPreferences } from './preferences.ts';

function currentUser(ctx: Context): UserView {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', '请先登录。');
  return getUser(ctx.db, ctx.session.userId);
}

export const usersArea = defineArea('users', {
  'users.me': method({ kind: 'read', access: 'signedIn', beforePasswordChange: true, input: emptyInput, handler: currentUser }),

  'users.list': method({ kind: 'read', access: USER_ADMINS, input: emptyInput, handler: (ctx) => listUsers(ctx.db) }),

  'users.create': method({
    kind: 'write',
    access: USER_ADMINS,
    input: createUserInput,
    handler: (ctx, input) => createUser(ctx, { ...input, mustChangePassword: true }),
  }),

  'users.update': method({
    kind: 'write',
    access: USER_ADMINS,
    input: updateUserInput,
    handler: (ctx, input) => {
      const before = getUser(ctx.db, input.id);
      const user = updateUser(ctx, input);
      // What a session may do was fixed at sign-in; a new post or a stopped account must not keep the old one.
      if (!user.active || user.role !== before.role) ctx.runtime.sessions.endForUser(user.id);
      return user;
    },
  }),

  'users.resetPassword': method({
    kind: 'write',
    access: USER_ADMINS,
    input: resetPasswordInput,
    handler: (ctx, input) => {
      const user = getUser(ctx.db, input.id);
      const own = user.id === ctx.session?.userId;
      setPassword(ctx, input.id, input.password, `重设密码：${user.displayName}`, own);
      // Whoever knew the old password is signed out with it; a director resetting their own keeps this session.
      ctx.runtime.sessions.endForUser(user.id, ctx.sessionId);
      return { ok: true };
    },
  }),

  'users.changeOwnPassword': method({
    kind: 'write',
    access: 'signedIn',
    beforePasswordChange: true,
    input: changeOwnPasswordInput,
    handler: (ctx, input) => {
      const user = currentUser(ctx);
      checkOwnPassword(ctx.db, user.id, input.current);
      setPassword(ctx, user.id, input.password, `修改本人密码：${user.displayName}`, true);
      // A password changed because it leaked must also end the sessions opened with it elsewhere.
      ctx.runtime.sessions.endForUser(user.id, ctx.sessionId);
      ctx.runtime.sessions.passwordChanged(ctx.sessionId);
      return { ok: true };
    },
  }),

  /** 大字 and other per-user display settings. */
  'users.setPreferences': method({
    kind: 'write',
    access: 'signedIn',
    beforePasswordChange: true,
    input: preferencesInput,
    handler: (ctx, input) => setPreferences(ctx, currentUser(ctx).id, input.largeText),
  }),
});

import type { ApiResult, Dispatch } from '../../core/api/dispatch.ts';
import type { Role } from '../../core/shared/roles.ts';
import type { UserView } from '../../core/users/schema.ts';
import { TEMPORARY_PASSWORD, TEST_PASSWORD } from './fixtures.ts';

function data<T>(method: string, result: ApiResult): T {
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

/**
 * A staff account as it is after its first day: the director made it with a temporary password, and its
 * owner signed in once and changed that to TEST_PASSWORD. Tests of what a post may do start from here.
 */
export async function addStaff(dispatch: Dispatch, directorSession: string, who: { username: string; displayName: string; role: Role }): Promise<UserView> {
  const user = data<UserView>(
    'users.create',
    await dispatch('users.create', { ...who, password: TEMPORARY_PASSWORD, passwordConfirm: TEMPORARY_PASSWORD }, directorSession),
  );
  const { sessionId } = data<{ sessionId: string }>('auth.signIn', await dispatch('auth.signIn', { username: who.username, password: TEMPORARY_PASSWORD }));
  data('users.changeOwnPassword', await dispatch('users.changeOwnPassword', { current: TEMPORARY_PASSWORD, password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD }, sessionId));
  data('auth.signOut', await dispatch('auth.signOut', {}, sessionId));
  return user;
}

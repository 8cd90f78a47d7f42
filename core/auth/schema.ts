import { z, requiredText } from '../shared/fields.ts';
import { institutionInput } from '../institution/schema.ts';
import { password, passwordNotNamingOwner, username, withConfirm } from '../users/schema.ts';

export const setupInput = z
  .object({
    institution: institutionInput,
    director: withConfirm({ username, displayName: requiredText('姓名', 20), password }, 'password').superRefine(passwordNotNamingOwner),
  })
  .strict();
export type SetupInput = z.output<typeof setupInput>;

export const signInInput = z
  .object({ username: requiredText('登录名', 20), password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(64) })
  .strict();

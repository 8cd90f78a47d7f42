import { z, requiredText, entityId } from '../shared/fields.ts';
import { ROLE_LABELS, ROLES } from '../shared/roles.ts';
import { named, yesNo, type AuditFields } from '../audit/define.ts';
import { passwordProblem, type PasswordOwner } from './passwordPolicy.ts';

export { PASSWORD_RULE, passwordProblem } from './passwordPolicy.ts';

export const username = requiredText('登录名', 20).regex(
  /^[A-Za-z0-9_\u4e00-\u9fa5]{2,20}$/,
  '登录名为 2–20 位汉字、字母、数字或下划线',
);

/** A new password: the rules that need no names here; those that need the login name on the object that has it. */
export const password = z
  .string({ error: (i) => (i.input === undefined ? '请填写密码' : '密码应为文字') })
  .max(64, '密码不能超过 64 位')
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** The rules that need whose password it is, checked where the login name and the name are both typed. */
export const passwordNotNamingOwner = (value: PasswordOwner & { password: string }, ctx: z.RefinementCtx) => {
  const problem = passwordProblem(value.password, value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['password'] });
};

export const withConfirm = <T extends z.ZodRawShape>(shape: T, field: string) =>
  z
    .object({ ...shape, passwordConfirm: z.string({ error: '请再输入一次密码' }) })
    .strict()
    .refine((v) => (v as Record<string, unknown>)[field] === (v as Record<string, unknown>).passwordConfirm, {
      message: '两次输入的密码不一致',
      path: ['passwordConfirm'],
    });

export const roleField = z.enum(ROLES, { error: '请选择岗位' });

export const createUserInput = withConfirm(
  { username, displayName: requiredText('姓名', 20), role: roleField, password },
  'password',
).superRefine(passwordNotNamingOwner);
export type CreateUserInput = z.output<typeof createUserInput>;

export const updateUserInput = z
  .object({ id: entityId('用户'), displayName: requiredText('姓名', 20), role: roleField, active: z.boolean() })
  .strict();

export const resetPasswordInput = withConfirm({ id: entityId('用户'), password }, 'password');

export const changeOwnPasswordInput = withConfirm(
  { current: z.string().min(1, '请填写当前密码').max(64), password },
  'password',
).refine((v) => v.password !== v.current, { message: '新密码不能与当前密码相同，请换一个', path: ['password'] });

export const preferencesInput = z.object({ largeText: z.boolean() }).strict();

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: (typeof ROLES)[number];
  largeText: boolean;
  active: boolean;
  lastSignInAt: string | null;
  /** Still on a password someone else chose: must choose their own before doing anything else. */
  mustChangePassword: boolean;
}

/** An account in the audit log (never its password or hash). */
export const USER_AUDIT_FIELDS: AuditFields = {
  displayName: { label: '姓名' },
  username: { label: '登录名' },
  role: named('岗位', ROLE_LABELS),
  active: yesNo('账号', '在用', '已停用'),
  largeText: yesNo('大字显示', '开', '关'),
};

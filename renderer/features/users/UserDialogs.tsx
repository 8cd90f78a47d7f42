import { Input, Select, Switch } from 'antd';
import { createUserInput, PASSWORD_RULE, resetPasswordInput, updateUserInput, type UserView } from '../../../core/users/schema.ts';
import { ROLE_LABELS, ROLES } from '../../../core/shared/roles.ts';
import { Field } from '../../ui/Field.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormModal } from '../../ui/forms/FormModal.tsx';
import { OwnPasswordFields, useOwnPasswordForm } from './OwnPasswordForm.tsx';
import { useSession } from '../../app/session.tsx';

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function CreateUserDialog({ onClose }: { onClose(): void }) {
  const api = useApiForm({
    method: 'users.create',
    schema: createUserInput,
    defaults: { username: '', displayName: '', role: 'nurse', password: '', passwordConfirm: '' },
    success: (u) => `已新建用户 ${u.displayName}`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title="新建用户" okText="新建" onClose={onClose}>
      <Field control={control} name="displayName" label="姓名" required>
        {(f) => <Input {...f} id="displayName" autoFocus />}
      </Field>
      <Field control={control} name="username" label="登录名" required help="2–20 位汉字、字母或数字">
        {(f) => <Input {...f} id="username" />}
      </Field>
      <Field control={control} name="role" label="岗位" required>
        {(f) => <Select {...f} id="role" options={roleOptions} />}
      </Field>
      <Field control={control} name="password" label="初始密码" required help={`${PASSWORD_RULE}。请告知本人，登录后须换成自己的密码`}>
        {(f) => <Input.Password {...f} id="password" autoComplete="new-password" />}
      </Field>
      <Field control={control} name="passwordConfirm" label="再输入一次" required>
        {(f) => <Input.Password {...f} id="passwordConfirm" autoComplete="new-password" />}
      </Field>
    </FormModal>
  );
}

export function EditUserDialog({ user, onClose }: { user: UserView; onClose(): void }) {
  const api = useApiForm({
    method: 'users.update',
    schema: updateUserInput,
    defaults: { id: user.id, displayName: user.displayName, role: user.role, active: user.active },
    success: () => '已保存',
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={`修改用户：${user.username}`} okText="保存" onClose={onClose}>
      <Field control={control} name="displayName" label="姓名" required>
        {(f) => <Input {...f} id="displayName" />}
      </Field>
      <Field control={control} name="role" label="岗位" required>
        {(f) => <Select {...f} id="role" options={roleOptions} />}
      </Field>
      <Field control={control} name="active" label="在用" help="停用后此人不能再登录，历史记录保留">
        {(f) => <Switch checked={f.value} onChange={f.onChange} id="active" />}
      </Field>
    </FormModal>
  );
}

export function ResetPasswordDialog({ user, onClose }: { user: UserView; onClose(): void }) {
  const { user: me } = useSession();
  const api = useApiForm({
    method: 'users.resetPassword',
    schema: resetPasswordInput,
    defaults: { id: user.id, password: '', passwordConfirm: '' },
    success: () => (user.id === me.id ? '密码已重设' : `已重设 ${user.displayName} 的密码；本人用它登录后须换成自己的密码`),
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={`重设密码：${user.displayName}`} okText="重设" onClose={onClose}>
      <Field control={control} name="password" label="新密码" required help={PASSWORD_RULE}>
        {(f) => <Input.Password {...f} id="password" autoComplete="new-password" autoFocus />}
      </Field>
      <Field control={control} name="passwordConfirm" label="再输入一次" required>
        {(f) => <Input.Password {...f} id="passwordConfirm" autoComplete="new-password" />}
      </Field>
    </FormModal>
  );
}

export function ChangeOwnPasswordDialog({ onClose }: { onClose(): void }) {
  const api = useOwnPasswordForm({ success: '密码已修改，下次登录请用新密码', onSaved: onClose });
  return (
    <FormModal api={api} title="修改我的密码" okText="修改" onClose={onClose}>
      <OwnPasswordFields control={api.form.control} />
    </FormModal>
  );
}

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Form, Input, Modal, Select, Switch } from 'antd';
import { changeOwnPasswordInput, createUserInput, resetPasswordInput, updateUserInput, type UserView } from '../../../core/users/schema.ts';
import { ROLE_LABELS, ROLES } from '../../../core/users/roles.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { Field } from '../../ui/Field.tsx';
import { applyServerError } from '../../ui/serverErrors.ts';

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function CreateUserDialog({ onClose }: { onClose(): void }) {
  const { message } = App.useApp();
  const [banner, setBanner] = useState<string | null>(null);
  const create = useApiMutation('users.create');
  const form = useForm({
    resolver: zodResolver(createUserInput),
    defaultValues: { username: '', displayName: '', role: 'nurse' as const, password: '', passwordConfirm: '' },
  });
  const submit = form.handleSubmit(async (v) => {
    try {
      const u = await create.mutateAsync(v);
      void message.success(`已新建用户 ${u.displayName}`);
      onClose();
    } catch (error) {
      setBanner(applyServerError(error, form.setError, ['username', 'displayName', 'role', 'password', 'passwordConfirm']));
    }
  });
  return (
    <Modal open title="新建用户" okText="新建" cancelText="取消" onOk={() => void submit()} onCancel={onClose} confirmLoading={form.formState.isSubmitting}>
      <Form layout="vertical" component="form" onFinish={() => void submit()}>
        <Field control={form.control} name="displayName" label="姓名" required>
          {(f) => <Input {...f} id="displayName" autoFocus />}
        </Field>
        <Field control={form.control} name="username" label="登录名" required help="2–20 位汉字、字母或数字">
          {(f) => <Input {...f} id="username" />}
        </Field>
        <Field control={form.control} name="role" label="岗位" required>
          {(f) => <Select {...f} id="role" options={roleOptions} />}
        </Field>
        <Field control={form.control} name="password" label="初始密码" required help="至少 6 位，请告知本人登录后修改">
          {(f) => <Input.Password {...f} id="password" autoComplete="new-password" />}
        </Field>
        <Field control={form.control} name="passwordConfirm" label="再输入一次" required>
          {(f) => <Input.Password {...f} id="passwordConfirm" autoComplete="new-password" />}
        </Field>
        {banner && <Alert type="error" title={banner} showIcon />}
      </Form>
    </Modal>
  );
}

export function EditUserDialog({ user, onClose }: { user: UserView; onClose(): void }) {
  const { message } = App.useApp();
  const [banner, setBanner] = useState<string | null>(null);
  const update = useApiMutation('users.update');
  const form = useForm({
    resolver: zodResolver(updateUserInput),
    defaultValues: { id: user.id, displayName: user.displayName, role: user.role, active: user.active },
  });
  const submit = form.handleSubmit(async (v) => {
    try {
      await update.mutateAsync(v);
      void message.success('已保存');
      onClose();
    } catch (error) {
      setBanner(applyServerError(error, form.setError, ['displayName', 'role', 'active']));
    }
  });
  return (
    <Modal open title={`修改用户：${user.username}`} okText="保存" cancelText="取消" onOk={() => void submit()} onCancel={onClose} confirmLoading={form.formState.isSubmitting}>
      <Form layout="vertical" component="form" onFinish={() => void submit()}>
        <Field control={form.control} name="displayName" label="姓名" required>
          {(f) => <Input {...f} id="displayName" />}
        </Field>
        <Field control={form.control} name="role" label="岗位" required>
          {(f) => <Select {...f} id="role" options={roleOptions} />}
        </Field>
        <Field control={form.control} name="active" label="在用" help="停用后此人不能再登录，历史记录保留">
          {(f) => <Switch checked={f.value} onChange={f.onChange} id="active" />}
        </Field>
        {banner && <Alert type="error" title={banner} showIcon />}
      </Form>
    </Modal>
  );
}

export function ResetPasswordDialog({ user, onClose }: { user: UserView; onClose(): void }) {
  const { message } = App.useApp();
  const reset = useApiMutation('users.resetPassword');
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(resetPasswordInput), defaultValues: { id: user.id, password: '', passwordConfirm: '' } });
  const submit = form.handleSubmit(async (v) => {
    try {
      await reset.mutateAsync(v);
      void message.success(`已重设 ${user.displayName} 的密码`);
      onClose();
    } catch (error) {
      setBanner(applyServerError(error, form.setError, ['password', 'passwordConfirm']));
    }
  });
  return (
    <Modal open title={`重设密码：${user.displayName}`} okText="重设" cancelText="取消" onOk={() => void submit()} onCancel={onClose}>
      <Form layout="vertical" component="form" onFinish={() => void submit()}>
        <Field control={form.control} name="password" label="新密码" required>
          {(f) => <Input.Password {...f} id="password" autoComplete="new-password" autoFocus />}
        </Field>
        <Field control={form.control} name="passwordConfirm" label="再输入一次" required>
          {(f) => <Input.Password {...f} id="passwordConfirm" autoComplete="new-password" />}
        </Field>
        {banner && <Alert type="error" title={banner} showIcon />}
      </Form>
    </Modal>
  );
}

export function ChangeOwnPasswordDialog({ onClose }: { onClose(): void }) {
  const { message } = App.useApp();
  const change = useApiMutation('users.changeOwnPassword');
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(changeOwnPasswordInput), defaultValues: { current: '', password: '', passwordConfirm: '' } });
  const submit = form.handleSubmit(async (v) => {
    try {
      await change.mutateAsync(v);
      void message.success('密码已修改，下次登录请用新密码');
      onClose();
    } catch (error) {
      setBanner(applyServerError(error, form.setError, ['current', 'password', 'passwordConfirm']));
    }
  });
  return (
    <Modal open title="修改我的密码" okText="修改" cancelText="取消" onOk={() => void submit()} onCancel={onClose}>
      <Form layout="vertical" component="form" onFinish={() => void submit()}>
        <Field control={form.control} name="current" label="当前密码" required>
          {(f) => <Input.Password {...f} id="current" autoComplete="current-password" autoFocus />}
        </Field>
        <Field control={form.control} name="password" label="新密码" required help="至少 6 位">
          {(f) => <Input.Password {...f} id="password" autoComplete="new-password" />}
        </Field>
        <Field control={form.control} name="passwordConfirm" label="再输入一次" required>
          {(f) => <Input.Password {...f} id="passwordConfirm" autoComplete="new-password" />}
        </Field>
        {banner && <Alert type="error" title={banner} showIcon />}
      </Form>
    </Modal>
  );
}

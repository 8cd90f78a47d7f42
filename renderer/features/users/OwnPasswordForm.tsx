import { Input } from 'antd';
import type { Control } from 'react-hook-form';
import type { z } from 'zod';
import { changeOwnPasswordInput, PASSWORD_RULE } from '../../../core/users/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';

type Values = z.input<typeof changeOwnPasswordInput>;

/** 修改我的密码, wherever it is asked: from the header, or at once after signing in on a temporary password. */
export function useOwnPasswordForm(options: { success: string; onSaved(): void }) {
  return useApiForm({
    method: 'users.changeOwnPassword',
    schema: changeOwnPasswordInput,
    defaults: { current: '', password: '', passwordConfirm: '' },
    success: () => options.success,
    onSaved: options.onSaved,
  });
}

export function OwnPasswordFields({ control, currentLabel = '当前密码' }: { control: Control<Values>; currentLabel?: string }) {
  return (
    <>
      <Field control={control} name="current" label={currentLabel} required>
        {(f) => <Input.Password {...f} id="current" autoComplete="current-password" autoFocus />}
      </Field>
      <Field control={control} name="password" label="新密码" required help={PASSWORD_RULE}>
        {(f) => <Input.Password {...f} id="password" autoComplete="new-password" />}
      </Field>
      <Field control={control} name="passwordConfirm" label="再输入一次" required>
        {(f) => <Input.Password {...f} id="passwordConfirm" autoComplete="new-password" />}
      </Field>
    </>
  );
}

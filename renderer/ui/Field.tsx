import { Form } from 'antd';
import type { ReactNode } from 'react';
import { Controller, type Control, type ControllerRenderProps, type FieldPath, type FieldValues } from 'react-hook-form';

interface FieldProps<T extends FieldValues, N extends FieldPath<T>> {
  control: Control<T>;
  name: N;
  label: ReactNode;
  required?: boolean;
  help?: ReactNode;
  children: (field: ControllerRenderProps<T, N>, invalid: boolean) => ReactNode;
}

/**
 * One form field: react-hook-form owns the value and the validation (the same zod schema as the core);
 * antd's Form.Item only lays out the label and shows the error under the control.
 */
export function Field<T extends FieldValues, N extends FieldPath<T>>({ control, name, label, required, help, children }: FieldProps<T, N>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          required={required ?? false}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message ?? help}
          htmlFor={name}
        >
          {children({ ...field, value: field.value }, fieldState.error !== undefined)}
        </Form.Item>
      )}
    />
  );
}

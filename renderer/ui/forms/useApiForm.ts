import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { App } from 'antd';
import type { z } from 'zod';
import type { MethodInput, MethodName, MethodOutput } from '../../../core/api/methods.ts';
import { call } from '../../api/client.ts';
import { applyServerError } from '../serverErrors.ts';
import { schemaFields } from '../../../core/shared/schemaFields.ts';

export interface ApiFormOptions<M extends MethodName, S extends z.ZodType<FieldValues, FieldValues>> {
  method: M;
  /** The same schema the core parses the method's input with, so the form cannot accept what the core refuses. */
  schema: S;
  defaults: DefaultValues<z.input<S>>;
  /** The method's input from the form's values, where they differ (default: the values themselves). */
  toInput?(values: z.output<S>): MethodInput<M>;
  /** The message shown after saving; null for none. */
  success?(result: MethodOutput<M>, values: z.output<S>): string | null;
  /** After a successful save, e.g. close the dialog or open what was made. */
  onSaved?(result: MethodOutput<M>, values: z.output<S>): void;
}

export interface ApiForm<S extends z.ZodType<FieldValues, FieldValues>> {
  form: UseFormReturn<z.input<S>, unknown, z.output<S>>;
  submit(): Promise<void>;
  /** An error the core gave that names no field of this form, shown above the buttons. */
  banner: string | null;
  saving: boolean;
  /** Something was typed that is not saved: closing asks first (see useCloseGuard). */
  dirty: boolean;
}

/**
 * One form through the contract: the schema drives react-hook-form; submitting calls the method; a refusal
 * from the core goes under the field it names (names taken from the schema) or into the banner; success
 * shows its message and runs onSaved. Every dialog of the app is this plus its fields.
 */
export function useApiForm<M extends MethodName, S extends z.ZodType<FieldValues, FieldValues>>(options: ApiFormOptions<M, S>): ApiForm<S> {
  const { message } = App.useApp();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // zodResolver's types want the schema's exact zod class; any object schema will do at run time.
    resolver: zodResolver(options.schema as never) as never,
    defaultValues: options.defaults,
  });
  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    try {
      const input = options.toInput ? options.toInput(values) : (values as unknown as MethodInput<M>);
      const result = await call(options.method, input);
      const text = options.success?.(result, values);
      if (text) void message.success(text);
      // What was saved is no longer unsaved: closing must not ask.
      form.reset(form.getValues());
      options.onSaved?.(result, values);
    } catch (error) {
      setBanner(applyServerError(error, form.setError, schemaFields(options.schema)));
    }
  });
  return { form, submit, banner, saving: form.formState.isSubmitting, dirty: form.formState.isDirty };
}

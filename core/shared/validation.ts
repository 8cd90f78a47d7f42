import type { z } from 'zod';
import { AppError } from './errors.ts';

/** The first problem zod found, in the words the schema gave it, with the field it belongs to. */
export function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  if (!issue) return new AppError('VALIDATION', '输入有误');
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return new AppError('VALIDATION', `不认识的字段：${issue.keys.join('、')}`, field || undefined);
  }
  return new AppError('VALIDATION', issue.message, field || undefined);
}

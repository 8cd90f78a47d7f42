import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiCallError } from '../api/client.ts';

/**
 * Puts an error from the core under the field it names (e.g. an occupied bed under 床位),
 * or returns its message for a banner when it names no field of this form.
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): string | null {
  if (error instanceof ApiCallError) {
    if (error.field && fields.some((f) => error.field === f || error.field!.startsWith(`${f}.`))) {
      setError(error.field as FieldPath<T>, { type: 'server', message: error.message }, { shouldFocus: true });
      return null;
    }
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

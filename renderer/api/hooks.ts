import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../core/api/methods.ts';
import { call } from './client.ts';

/** A read through the contract, cached by method and input. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodOutput<M>>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<MethodOutput<M>>({ queryKey: [method, input], queryFn: () => call(method, input), ...options });
}

/**
 * A change through the contract. After it succeeds every cached read is refreshed: a write may touch
 * the roster, the bed map and the counts at once, and the data is local and small.
 */
export function useApiMutation<M extends MethodName>(method: M) {
  const client = useQueryClient();
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: () => client.invalidateQueries(),
  });
}

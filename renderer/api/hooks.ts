import { useMutation, useQuery, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
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
 * A change through the contract. The reads it makes stale are refreshed by the client itself, from the
 * areas the core says the call changed (see refreshChangedAreas), whichever way the call was made.
 */
export function useApiMutation<M extends MethodName>(method: M) {
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({ mutationFn: (input) => call(method, input) });
}

/** Marks stale the cached reads of the areas a call changed: `residents.*` for ['residents']; all for ['*']. */
export function refreshChangedAreas(client: QueryClient, areas: readonly string[]): Promise<void> {
  if (areas.includes('*')) return client.invalidateQueries();
  const wanted = new Set(areas);
  return client.invalidateQueries({
    predicate: (query) => {
      const method = query.queryKey[0];
      return typeof method === 'string' && wanted.has(method.slice(0, method.indexOf('.')));
    },
  });
}

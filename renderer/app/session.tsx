import { createContext, useContext } from 'react';
import type { MethodOutput } from '../../core/api/methods.ts';
import type { Role } from '../../core/shared/roles.ts';
import type { UserView } from '../../core/users/schema.ts';

export type Status = MethodOutput<'auth.status'>;

export interface SessionValue {
  status: Status;
  user: UserView;
  lock(): void;
  signOut(): void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue & { can(roles: readonly Role[]): boolean } {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionContext');
  return { ...value, can: (roles) => roles.includes(value.user.role) };
}

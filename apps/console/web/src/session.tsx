import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { get, setCsrf, type SessionInfo } from './api';

export const SessionContext = createContext<SessionInfo | undefined>(undefined);

export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in shell');
  return session;
}

/** The session as the gateway knows it; undefined data means nobody is signed in. */
export function useSessionQuery() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      const session = await get<SessionInfo | { signedIn: false }>('/console/session');
      if (!session.signedIn) return null;
      setCsrf(session.csrf);
      return session;
    },
    staleTime: Infinity,
  });
}

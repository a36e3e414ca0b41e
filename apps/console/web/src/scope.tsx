import { createContext, useContext } from 'react';

/**
 * The jurisdiction the lists show: the person's own, or one below it chosen in the
 * shell's picker (a city office looks at one of its counties). The services check the reach.
 */
export interface Scope {
  jurisdiction: string;
  setJurisdiction: (code: string) => void;
}

export const ScopeContext = createContext<Scope | undefined>(undefined);

export function useScope(): Scope {
  const scope = useContext(ScopeContext);
  if (!scope) throw new Error('useScope outside the signed-in shell');
  return scope;
}

/** Kept per person for the browser tab, so a reload or a new sign-in keeps the choice. */
export const scopeKey = (sub: string) => `scope:${sub}`;

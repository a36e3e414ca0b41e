import { useQueries, useQuery } from '@tanstack/react-query';
import { get } from './api';

interface Divisions {
  names: Record<string, string>;
  children?: Array<{ code: string; name: string }>;
}

/** Jurisdictions by name (商洛市, 洛南县, a township, a village) from the gateway's division data. */
export function useDivisionNames(codes: string[]): Record<string, string> {
  const unique = [...new Set(codes)].sort();
  const { data } = useQuery({
    queryKey: ['divisions', unique.join(',')],
    queryFn: () => get<Divisions>(`/console/divisions?codes=${unique.join(',')}`),
    enabled: unique.length > 0,
    staleTime: Infinity,
  });
  return data?.names ?? {};
}

export function useDivisionChildren(parent: string | undefined) {
  return useQuery({
    queryKey: ['divisions', 'children', parent],
    queryFn: () => get<Divisions>(`/console/divisions?parent=${parent}`),
    enabled: !!parent,
    staleTime: Infinity,
  });
}

/** Targets by name, each read once from the planning service (a short list: what waits, a page). */
export function useTargetNames(ids: Array<string | undefined>): Record<string, string> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  const answers = useQueries({
    queries: unique.map((id) => ({
      queryKey: ['target-name', id],
      queryFn: () => get(`/api/planning/v1/targets/${id}`),
      staleTime: Infinity,
    })),
  });
  return Object.fromEntries(
    answers.flatMap((answer) => (answer.data ? [[answer.data.id, answer.data.name]] : [])),
  );
}

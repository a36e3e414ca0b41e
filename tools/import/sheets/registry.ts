/**
 * What the targets and cadres sheets (巡察对象, 干部) share: one POST to
 * planning per row, keyed by the row, counted as imported or as there
 * already (the service answered an id known before).
 */
import { ApiError, type ApiClient, type Json } from '../../http/client';
import type { CadreRow, TargetRow } from '../rows';
import { refusalOf, type Pending } from './run-context';

export interface RegistryRun {
  /** Keys a POST by its step, here the row's key. */
  api: ApiClient;
  /** The office's token. */
  token: string;
  /** The office's jurisdiction: names resolve within it. */
  jurisdiction: string;
  /** Every id known before or registered during this run: a create answering one was a replay. */
  known: Set<string>;
  refuse: (kind: 'targets' | 'cadres', line: number, reason: string, extra?: Json) => void;
  counted: (kind: 'targets' | 'cadres', replayed: boolean) => void;
  log: (line: string) => void;
}

/** Registers a row; answers its id, or undefined when the service refused it. */
export async function register(
  run: RegistryRun,
  kind: 'targets' | 'cadres',
  pending: Pending<TargetRow | CadreRow>,
  body: Json,
  waitFor?: string,
): Promise<string | undefined> {
  const path = kind === 'targets' ? '/targets' : '/cadres';
  try {
    // A parent registered moments ago may not be known to the check yet.
    const answer = await run.api.call('planning', 'POST', path, run.token, body, {
      step: pending.key,
      ...(waitFor && { retry: [waitFor] }),
    });
    const id = String(answer.id);
    run.counted(kind, run.known.has(id));
    run.known.add(id);
    return id;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status >= 500) throw error;
    const { reason, extra } = refusalOf(error.status, error.body);
    run.refuse(kind, pending.line, reason, extra);
    return undefined;
  }
}

/** What the demo's steps share: the client, the tokens, the ids the system gave, the counts. */
import type { Role } from '@xuncha/platform-nest';
import type { ApiClient, Json, Service } from '../../http/client';
import { LEADERS, TALENTS, TARGETS, type RoundSpec, type TargetSpec } from '../data';

export type Rank = 'top-leader' | 'leadership' | 'section' | 'below-section' | 'none';

export interface FindingSpec {
  findingId: string;
  title: string;
  focusItem: string;
  rank: Rank;
  amount?: number;
  villageId?: string;
  /** The day the team found it, in its field stage. */
  foundOn: string;
}

/** An inspection the demo took through its feedback: what its clues and cases need. */
export interface Inspected {
  round: RoundSpec;
  target: TargetSpec;
  inspectionId: string;
  findings: FindingSpec[];
  immediateVillages: Array<string | undefined>;
  clues: Array<{ clueId: string; discipline: string; finding: FindingSpec }>;
  villageIds: string[];
  deliveredDay: string;
}

export interface DemoRun {
  api: ApiClient;
  seed: number;
  token: (role: Role, sub?: string, jurisdiction?: string) => Promise<string>;
  office: string;
  analyst: string;
  /** Demo key (of a target or cadre) → the id the system gave it. */
  ids: Map<string, string>;
  /** The round ids by ordinal. */
  roundIds: Map<number, string>;
  counts: Record<string, number>;
  stage: (name: string) => void;
}

/** A POST that must succeed; `retry` names the rules that mean "not settled yet". */
export const post = (
  run: DemoRun,
  service: Service,
  path: string,
  as: string,
  body: unknown,
  step: string,
  retry?: string[],
): Promise<Json> => run.api.call(service, 'POST', path, as, body, { step, retry });

export const get = (run: DemoRun, service: Service, path: string, as: string): Promise<Json> =>
  run.api.call(service, 'GET', path, as);

export const target = (key: string): TargetSpec => TARGETS.find((t) => t.key === key)!;

/** The demo key of a target id. */
export const keyOfId = (run: DemoRun, id: string): string =>
  TARGETS.find((t) => run.ids.get(t.key) === id)!.key;

/** The cadres of the n-th team of a round: a leader and four talents. */
export function teamOf(run: DemoRun, teamIndex: number) {
  const id = (key: string) => run.ids.get(key)!;
  return {
    leaderId: id(LEADERS[teamIndex].key),
    deputyIds: [id(TALENTS[teamIndex * 4].key)],
    liaisonId: id(TALENTS[teamIndex * 4 + 1].key),
    memberIds: [id(TALENTS[teamIndex * 4 + 2].key), id(TALENTS[teamIndex * 4 + 3].key)],
  };
}

export function partyMembersOf(t: TargetSpec): number {
  return Math.round(t.headcount * 0.7);
}

/** What the demo counts as it goes, each at zero: the run and the steps' tests start from it. */
export function emptyCounts(): Record<string, number> {
  return {
    targets: 0,
    cadres: 0,
    rounds: 0,
    inspectionsFedBack: 0,
    findings: 0,
    immediateItems: 0,
    clues: 0,
    urgentClues: 0,
    cluesConcluded: 0,
    cases: 0,
    itemsSignedOff: 0,
    reports: 0,
    assessments: 0,
  };
}

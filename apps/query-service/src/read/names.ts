import { allDocs } from '@xuncha/platform-read-models';
import type { Doc } from '@xuncha/platform-read-models';
import {
  ROUNDS,
  TARGETS,
  type RoundDoc,
  type TargetDoc,
} from '../projections/coverage/coverage.projection';
import type { ReadSource } from './read-source';

/** What a person reads instead of the ids of a ledger row: the target's name, the round as 第N轮. */
export interface Names {
  targetName?: string;
  roundLabel?: string;
}

export const roundLabel = (ordinal: number) => `第${ordinal}轮`;

/**
 * The rows with the names of their target and round, from the planning
 * facts the coverage projection keeps (a renamed target reads by its current
 * name). A row keeps a name it already has; an id planning never told of
 * stays without one.
 */
export async function withNames<T extends Doc & { targetId?: string; roundId?: string }>(
  source: ReadSource,
  rows: T[],
): Promise<Array<T & Names>> {
  const idsOf = (pick: (row: T) => string | undefined) => [
    ...new Set(rows.map(pick).filter((id): id is string => !!id)),
  ];
  const lookup = async <D extends Doc>(collection: string, ids: string[]) =>
    ids.length === 0
      ? []
      : allDocs<D>(await source.store(collection), collection, { _id: { $in: ids } });
  const [targets, rounds] = await Promise.all([
    lookup<TargetDoc>(
      TARGETS,
      idsOf((row) => row.targetId),
    ),
    lookup<RoundDoc>(
      ROUNDS,
      idsOf((row) => row.roundId),
    ),
  ]);
  const names = new Map(targets.map((t) => [t._id, t.name]));
  const ordinals = new Map(rounds.map((r) => [r._id, r.ordinal]));
  return rows.map((row) => {
    const targetName = (row as Names).targetName ?? (row.targetId && names.get(row.targetId));
    const ordinal = row.roundId && ordinals.get(row.roundId);
    return {
      ...row,
      ...(targetName && { targetName }),
      ...(ordinal && { roundLabel: roundLabel(ordinal) }),
    };
  });
}

import type { ClueStatusChanged } from '@xuncha/contracts';
import { jurisdictionAncestors } from '@xuncha/platform-kernel';
import { EVERY_EVENT, type EventStoreProjectionDefinition } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import { CLUE_STREAM_PREFIX } from '../clues/clue-store';
import { clueStatusChange } from '../integration/clue.publishes';

export const CLUES = 'clues';

/** A clue as lists and the overdue check see it: redacted, the status change of its last step. */
export interface ClueSummary extends Doc {
  inspectionId: string;
  targetId: string;
  /** The inspected organization's name, so that a list names it to those who cannot read targets. */
  targetName?: string;
  jurisdiction: string;
  /** The jurisdiction and its ancestors, so a caller's subtree is one equality filter. */
  jurisdictionPath: string[];
  tier: string;
  involvedRank: string;
  discipline: string;
  status: string;
  recipient?: string;
  transferNumber?: string;
  dueBy?: string;
  method?: string;
  outcome?: ClueStatusChanged['outcome'];
  /** 督办 raised for the current due day and not concluded: on the overdue list. */
  overdue: boolean;
  overdueSince?: string;
  updatedAt: string;
}

/**
 * The clues of this service, folded from its own event store as stored (personal
 * fields sealed): each step's redacted status change, as the analytics topic carries it.
 */
export const cluesProjection: EventStoreProjectionDefinition = {
  name: 'clues',
  collections: [CLUES],
  indexes: {
    [CLUES]: [{ inspectionId: 1 }, { jurisdictionPath: 1 }, { status: 1, dueBy: 1 }],
  },
  source: { kind: 'event-store', streamPrefixes: [CLUE_STREAM_PREFIX] },
  handlers: {
    [EVERY_EVENT]: async (_data, context) => {
      const data = clueStatusChange(context.event);
      if (!data) return;
      const before = await context.get<ClueSummary>(CLUES, data.clueId);
      // A clue leaves the overdue list when it is concluded or its due day moves.
      const stillOverdue =
        data.status !== 'concluded' &&
        (data.change === 'overdue' || (before?.overdue === true && before.dueBy === data.dueBy));
      const { clueId, occurredAt } = data;
      // The registration tells the clue's origin; later steps keep what it told.
      const origin = (context.event.data as { origin?: { targetName?: string } }).origin;
      const targetName = origin?.targetName ?? before?.targetName;
      const summary: ClueSummary = {
        _id: clueId,
        inspectionId: data.inspectionId,
        targetId: data.targetId,
        ...(targetName && { targetName }),
        jurisdiction: data.jurisdiction,
        tier: data.tier,
        involvedRank: data.involvedRank,
        discipline: data.discipline,
        status: data.status,
        recipient: data.recipient,
        transferNumber: data.transferNumber,
        dueBy: data.dueBy,
        method: data.method,
        outcome: data.outcome,
        jurisdictionPath: [data.jurisdiction, ...jurisdictionAncestors(data.jurisdiction)],
        overdue: stillOverdue,
        ...(stillOverdue && {
          overdueSince: data.change === 'overdue' ? occurredAt : before?.overdueSince,
        }),
        updatedAt: occurredAt,
      };
      context.put(CLUES, summary);
    },
  },
};

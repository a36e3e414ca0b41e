import type { ClueStatusChanged } from '@xuncha/contracts';
import { jurisdictionAncestors } from '@xuncha/platform-kernel';
import type { ProjectionDefinition } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';

export const CLUES = 'clues';

/** A clue as lists and the overdue check see it: redacted, as the analytics event carries it. */
export interface ClueSummary extends Doc {
  inspectionId: string;
  targetId: string;
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

/** The clues of this service, folded from its own redacted analytics events. */
export const cluesProjection: ProjectionDefinition = {
  name: 'clues',
  collections: [CLUES],
  indexes: {
    [CLUES]: [{ inspectionId: 1 }, { jurisdictionPath: 1 }, { status: 1, dueBy: 1 }],
  },
  handlers: {
    'xuncha.clue.ClueStatusChanged.v1': async (data: ClueStatusChanged, context) => {
      const before = await context.get<ClueSummary>(CLUES, data.clueId);
      // A clue leaves the overdue list when it is concluded or its due day moves.
      const stillOverdue =
        data.status !== 'concluded' &&
        (data.change === 'overdue' || (before?.overdue === true && before.dueBy === data.dueBy));
      const { clueId, occurredAt } = data;
      const summary: ClueSummary = {
        _id: clueId,
        inspectionId: data.inspectionId,
        targetId: data.targetId,
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

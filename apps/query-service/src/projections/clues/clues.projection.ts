import type { ClueRecorded, ClueStatusChanged } from '@xuncha/contracts';
import type { ProjectionDefinition } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import { defined, merge, placeOf, utc } from '../support';

export const CLUES = 'clues';

/** Statuses a clue reaches only once transferred (移交). */
const TRANSFERRED = ['transferred', 'received', 'disposed', 'concluded'];

/** A problem clue, redacted: the analytics topics carry no names or allegations. */
export interface ClueDoc extends Doc {
  inspectionId?: string;
  roundId?: string;
  targetId?: string;
  jurisdiction?: string;
  jurisdictions?: string[];
  tier?: string;
  findingId?: string;
  /** The village it is about (巡镇带村): place and tier are then the village's. */
  villageId?: string;
  involvedRank?: string;
  discipline?: string;
  urgent?: boolean;
  /** When it was recorded, and when the team identified it (发现时间). */
  recordedAt?: string;
  identifiedAt?: string;
  status: string;
  recipient?: string;
  transferNumber?: string;
  transferred: boolean;
  transferredAt?: string;
  dueBy?: string;
  method?: string;
  concluded: boolean;
  concludedAt?: string;
  caseFiled: boolean;
  /** 1 when a case was filed (立案), so that cases are a sum. */
  casesFiled: number;
  sanctionedPersons: number;
  judicialTransfers: number;
  organizationalHandling: number;
  fundsRecovered: number;
  /** 督办: the result is overdue and the clue not concluded. */
  overdue: boolean;
  updatedAt?: string;
}

const newClue = (): Omit<ClueDoc, '_id'> => ({
  status: 'registered',
  transferred: false,
  concluded: false,
  caseFiled: false,
  casesFiled: 0,
  sanctionedPersons: 0,
  judicialTransfers: 0,
  organizationalHandling: 0,
  fundsRecovered: 0,
  overdue: false,
});

/** Clues (线索台账) from the inspection's record and the clue service's status changes. */
export const cluesProjection: ProjectionDefinition = {
  name: 'clues',
  collections: [CLUES],
  indexes: { [CLUES]: [{ jurisdictions: 1 }, { targetId: 1 }, { roundId: 1 }] },
  handlers: {
    'xuncha.inspection.ClueRecorded.v1': (data: ClueRecorded, context) =>
      merge<ClueDoc>(
        context,
        CLUES,
        data.clueId,
        () =>
          defined({
            inspectionId: data.inspectionId,
            roundId: data.roundId,
            targetId: data.targetId,
            ...placeOf(data),
            findingId: data.findingId,
            involvedRank: data.involvedRank,
            discipline: data.discipline,
            urgent: data.urgent,
            recordedAt: utc(context.event.time),
            identifiedAt: utc(data.identifiedAt ?? context.event.time),
          }),
        newClue,
      ),
    'xuncha.clue.ClueStatusChanged.v1': (data: ClueStatusChanged, context) =>
      merge<ClueDoc>(
        context,
        CLUES,
        data.clueId,
        (before) => {
          const at = utc(data.occurredAt);
          const transferred = TRANSFERRED.includes(data.status);
          const concluded = data.status === 'concluded';
          const outcome = data.outcome;
          return defined({
            inspectionId: data.inspectionId,
            targetId: data.targetId,
            // The clue service knows the inspected target only: a village clue keeps its village.
            ...(!before.villageId && placeOf(data)),
            involvedRank: data.involvedRank,
            discipline: data.discipline,
            status: data.status,
            recipient: data.recipient,
            transferNumber: data.transferNumber,
            dueBy: data.dueBy,
            method: data.method,
            transferred,
            transferredAt: transferred ? (before.transferredAt ?? at) : undefined,
            concluded,
            concludedAt: concluded ? (before.concludedAt ?? at) : undefined,
            ...(outcome && {
              caseFiled: outcome.caseFiled,
              casesFiled: outcome.caseFiled ? 1 : 0,
              sanctionedPersons: outcome.sanctionedPersons,
              judicialTransfers: outcome.judicialTransfers,
              organizationalHandling: outcome.organizationalHandling,
              fundsRecovered: outcome.fundsRecovered,
            }),
            // Off the overdue list once concluded or given a new due day.
            overdue:
              !concluded &&
              (data.change === 'overdue' || (before.overdue && before.dueBy === data.dueBy)),
            updatedAt: at,
          });
        },
        newClue,
      ),
  },
};

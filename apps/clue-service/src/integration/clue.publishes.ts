import {
  TOPICS,
  type ClueChange,
  type ClueStatusChanged,
  type ClueTransferred as ClueTransferredContract,
} from '@xuncha/contracts';
import type { ClueEvent } from '@xuncha/clue-domain';
import type { IntegrationMapper, OutgoingEvent } from '@xuncha/platform-bus';
import { CLUE_STREAM_PREFIX } from '../clues/clue-store';

const STREAM = `${CLUE_STREAM_PREFIX}-`;

const CHANGES: Record<ClueEvent['type'], ClueChange> = {
  ClueRegistered: 'registered',
  ClueAssessed: 'assessed',
  ClueTransferred: 'transferred',
  ClueReceived: 'received',
  ClueDisposed: 'disposed',
  ClueOutcomeReported: 'outcome-reported',
  ClueConcluded: 'concluded',
  ClueOverdueRaised: 'overdue',
};

/**
 * Every step of a clue goes out redacted on the analytics topic (from the facts the
 * event carries: rank, discipline, status, figures; never a name or an allegation).
 * A transfer also goes out in full on the restricted transfer topic for the recipient.
 * The read trail (clue.audit-*) stays inside the service.
 */
export const cluePublishes: IntegrationMapper = (recorded) => {
  if (!recorded.streamId.startsWith(STREAM)) return [];
  const clueId = recorded.streamId.slice(STREAM.length);
  const event = { type: recorded.type, data: recorded.data } as ClueEvent;
  const change = CHANGES[event.type];
  if (!change) return [];
  const { facts } = event.data;
  const statusChanged: ClueStatusChanged = {
    clueId,
    inspectionId: facts.inspectionId,
    targetId: facts.targetId,
    jurisdiction: facts.jurisdiction,
    tier: facts.tier,
    involvedRank: facts.involvedRank,
    discipline: facts.discipline,
    change,
    status: facts.status,
    ...(facts.recipient && { recipient: facts.recipient }),
    ...(facts.transferNumber && { transferNumber: facts.transferNumber }),
    ...(facts.dueBy && { dueBy: facts.dueBy }),
    ...(facts.method && { method: facts.method }),
    ...(facts.outcome && { outcome: { ...facts.outcome } }),
    occurredAt: recorded.occurredAt,
  };
  const out: OutgoingEvent[] = [
    {
      topic: TOPICS.clueEvents,
      type: 'xuncha.clue.ClueStatusChanged.v1',
      key: clueId,
      data: statusChanged,
    },
  ];
  if (event.type === 'ClueTransferred') {
    const { data } = event;
    const transfer: ClueTransferredContract = {
      transferNumber: data.transferNumber,
      clueId,
      recipient: data.recipient,
      person: { ...data.person },
      allegation: data.allegation,
      discipline: data.discipline,
      urgent: data.urgent,
      evidenceRefs: [...data.evidenceRefs],
      inspection: { ...data.origin },
      transferredAt: data.transferredAt,
      resultDueBy: data.resultDueBy,
      assessmentNote: data.assessmentNote,
    };
    out.push({
      topic: TOPICS.clueTransfers,
      type: 'xuncha.clue.ClueTransferred.v1',
      key: clueId,
      data: transfer,
    });
  }
  return out;
};

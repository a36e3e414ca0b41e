import {
  TOPICS,
  type ClueChange,
  type ClueStatusChanged,
  type SealedClueTransferred,
  type SealedTransferPersonalData,
} from '@xuncha/contracts';
import { whenItHappened, type ClueEvent, type ClueTransferred } from '@xuncha/clue-domain';
import type { AsyncIntegrationMapper, IntegrationMapper } from '@xuncha/platform-bus';
import { sealForRecipient } from '@xuncha/platform-crypto';
import type { RecordedEvent } from '@xuncha/platform-kernel';
import { CLUE_STREAM_PREFIX } from '../clues/clue-store';
import type { RecipientKeys } from './recipient-keys';

const STREAM = `${CLUE_STREAM_PREFIX}-`;

/** The erasure is no status change: it publishes nothing (analytics never held the data). */
const CHANGES: Partial<Record<ClueEvent['type'], ClueChange>> = {
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
 * A step of a clue as its redacted status change (the facts the event carries in
 * plaintext: rank, discipline, status, figures; never a name or an allegation), from
 * the event as stored, personal fields sealed. Undefined for events that change no
 * status. What the analytics topic carries and what the service's own list holds.
 */
export function clueStatusChange(recorded: RecordedEvent): ClueStatusChanged | undefined {
  if (!recorded.streamId.startsWith(STREAM)) return undefined;
  const clueId = recorded.streamId.slice(STREAM.length);
  const event = { type: recorded.type, data: recorded.data } as ClueEvent;
  const change = CHANGES[event.type];
  if (!change) return undefined;
  const { facts } = event.data;
  return {
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
    // When the step happened (a transfer entered from a 2022 ledger happened in 2022).
    occurredAt: whenItHappened(event),
  };
}

/**
 * Every step of a clue goes out redacted on the analytics topic, read straight from
 * the store where the personal fields are sealed. The read trail (clue.audit-*)
 * stays inside the service.
 */
export const cluePublishes: IntegrationMapper = (recorded) => {
  const statusChanged = clueStatusChange(recorded);
  if (!statusChanged) return [];
  return [
    {
      topic: TOPICS.clueEvents,
      type: 'xuncha.clue.ClueStatusChanged.v1',
      key: statusChanged.clueId,
      data: statusChanged,
    },
  ];
};

/**
 * A transfer goes out on the restricted transfer topic with its personal data sealed for the
 * recipient's public key: the commission's interface, which no copy of the bus can read. It
 * maps events whose personal fields were opened (see TransferPublishing); after an erasure
 * they read as erased.
 */
export function clueTransferPublishes(keys: RecipientKeys): AsyncIntegrationMapper {
  return async (recorded) => {
    if (!recorded.streamId.startsWith(STREAM) || recorded.type !== 'ClueTransferred') return [];
    const clueId = recorded.streamId.slice(STREAM.length);
    const { data } = { type: recorded.type, data: recorded.data } as ClueTransferred;
    const personal: SealedTransferPersonalData = {
      person: { name: data.person.name, position: data.person.position },
      allegation: data.allegation,
      evidenceRefs: [...data.evidenceRefs],
      assessmentNote: data.assessmentNote,
    };
    const recipientKey = keys.keyOf(data.recipient);
    const transfer: SealedClueTransferred = {
      transferNumber: data.transferNumber,
      clueId,
      recipient: data.recipient,
      involvedRank: data.person.rank,
      discipline: data.discipline,
      urgent: data.urgent,
      inspection: { ...data.origin },
      transferredAt: data.transferredAt,
      resultDueBy: data.resultDueBy,
      personalData: await sealForRecipient(JSON.stringify(personal), recipientKey),
      recipientKeyId: recipientKey.kid,
    };
    return [
      {
        topic: TOPICS.clueTransfers,
        type: 'xuncha.clue.SealedClueTransferred.v1',
        key: clueId,
        data: transfer,
      },
    ];
  };
}

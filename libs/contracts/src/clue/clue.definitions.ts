import { defineEvent, type IntegrationEventDefinition } from '../definition';
import { EXAMPLE_IDS as ID } from '../examples';
import { TOPICS } from '../topics';
import {
  ClueDispositionDecided,
  ClueOutcomeReported,
  ClueReceiptAcknowledged,
  ClueStatusChanged,
  ClueTransferred,
  SealedClueTransferred,
} from './clue.events';

const TRANSFER_NUMBER = '商巡移〔2026〕7号';
/** The inspection the example transfer's clue comes from, in either form of the transfer. */
const ORIGIN = {
  inspectionId: ID.inspection,
  roundId: ID.round,
  teamId: ID.team1,
  teamLeaderId: ID.team1Leader,
  targetId: ID.financeBureau,
  targetName: '商洛市财政局',
  jurisdiction: '611000',
  tier: 'city',
  findingId: ID.finding2,
} as const;

export const CLUE_EVENTS = [
  defineEvent({
    type: 'xuncha.clue.ClueStatusChanged.v1',
    version: 1,
    topic: TOPICS.clueEvents,
    payload: ClueStatusChanged,
    key: 'clueId',
    summary: 'A clue changed status, redacted (线索状态变化，脱敏)',
    example: {
      clueId: ID.clue,
      inspectionId: ID.inspection,
      targetId: ID.financeBureau,
      jurisdiction: '611000',
      tier: 'city',
      involvedRank: 'section',
      discipline: 'integrity',
      change: 'outcome-reported',
      status: 'disposed',
      recipient: 'discipline-commission',
      transferNumber: TRANSFER_NUMBER,
      dueBy: '2026-07-20',
      method: 'preliminary-verification',
      outcome: {
        caseFiled: true,
        sanctionedPersons: 1,
        judicialTransfers: 0,
        organizationalHandling: 0,
        fundsRecovered: 38000,
      },
      occurredAt: '2026-07-15T11:05:00+08:00',
    },
  }),
  defineEvent({
    type: 'xuncha.clue.ClueTransferred.v1',
    version: 1,
    topic: TOPICS.clueTransfers,
    payload: ClueTransferred,
    key: 'clueId',
    summary: 'A clue was transferred with its full record in plaintext (线索移交, no longer sent)',
    example: {
      transferNumber: TRANSFER_NUMBER,
      clueId: ID.clue,
      recipient: 'discipline-commission',
      person: { name: '王某某', position: '商洛市财政局政府采购科科长', rank: 'section' },
      allegation: '反映其在2024年办公设备政府采购中违规指定供应商，并收受供应商礼金。',
      discipline: 'integrity',
      urgent: true,
      evidenceRefs: ['调阅资料-财政局-2026-017', '个别谈话记录-第41号'],
      inspection: ORIGIN,
      transferredAt: '2026-04-20T14:30:00+08:00',
      resultDueBy: '2026-07-20',
      assessmentNote: '经与市纪委监委集体会商，线索具体、可查性强，建议按初步核实方式处置。',
    },
  }),
  defineEvent({
    type: 'xuncha.clue.SealedClueTransferred.v1',
    version: 1,
    topic: TOPICS.clueTransfers,
    payload: SealedClueTransferred,
    key: 'clueId',
    summary: 'A clue was transferred, its personal data sealed for the recipient (线索移交)',
    example: {
      transferNumber: TRANSFER_NUMBER,
      clueId: ID.clue,
      recipient: 'discipline-commission',
      involvedRank: 'section',
      discipline: 'integrity',
      urgent: true,
      inspection: ORIGIN,
      transferredAt: '2026-04-20T14:30:00+08:00',
      resultDueBy: '2026-07-20',
      // The shape of a JWE compact serialization: header.encrypted-key.iv.ciphertext.tag.
      personalData:
        'eyJhbGciOiJFQ0RILUVTK0EyNTZLVyIsImVuYyI6IkEyNTZHQ00iLCJraWQiOiJzeGp3LTIwMjYifQ.' +
        'M2Y0ZTZhOGI5YzBkMWUyZjNhNGI1YzZkN2U4ZjlhMGI.OTBhYmNkZWYxMjM0NTY3OA.' +
        'c2VhbGVkLWZvci10aGUtY29tbWlzc2lvbg.dGFnLW9mLXRoZS1tZXNzYWdl',
      recipientKeyId: 'sxjw-2026',
    },
  }),
  defineEvent({
    type: 'discipline.clue.ClueReceiptAcknowledged.v1',
    version: 1,
    topic: TOPICS.disciplineClueReceipts,
    payload: ClueReceiptAcknowledged,
    key: 'clueId',
    summary: 'The discipline commission signed for a clue (线索签收)',
    example: {
      clueId: ID.clue,
      transferNumber: TRANSFER_NUMBER,
      receivedAt: '2026-04-21T09:15:00+08:00',
      receivedBy: '市纪委监委案件监督管理室 李某',
    },
  }),
  defineEvent({
    type: 'discipline.clue.ClueDispositionDecided.v1',
    version: 1,
    topic: TOPICS.disciplineClueOutcomes,
    payload: ClueDispositionDecided,
    key: 'clueId',
    summary: 'The discipline commission chose a disposition (确定处置方式)',
    example: {
      clueId: ID.clue,
      transferNumber: TRANSFER_NUMBER,
      method: 'preliminary-verification',
      decidedAt: '2026-05-06T16:00:00+08:00',
    },
  }),
  defineEvent({
    type: 'discipline.clue.ClueOutcomeReported.v1',
    version: 1,
    topic: TOPICS.disciplineClueOutcomes,
    payload: ClueOutcomeReported,
    key: 'clueId',
    summary: 'The discipline commission reported an outcome (报告办理结果)',
    example: {
      clueId: ID.clue,
      transferNumber: TRANSFER_NUMBER,
      caseFiled: true,
      sanctionedPersons: 1,
      judicialTransfers: 0,
      organizationalHandling: 0,
      fundsRecovered: 38000,
      final: false,
      reportedAt: '2026-07-15T11:00:00+08:00',
    },
  }),
] as const satisfies readonly IntegrationEventDefinition[];

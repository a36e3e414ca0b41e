import {
  AggregateNotFound,
  RuleViolation,
  addMonths,
  chinaDay,
  givenDecider,
} from '@xuncha/platform-kernel';
import type { ClueCommand } from './clue.commands';
import { clueDecider, transferNumberOf } from './clue.decider';
import type { ClueEvent, ClueFacts, ClueOrigin } from './clue.events';

const clueId = '5f0c6a1e-3b7d-4c2a-9e15-7d3f2a8b9c01';
const origin: ClueOrigin = {
  inspectionId: 'c1a2b3c4-0000-4000-8000-000000000001',
  roundId: 'c1a2b3c4-0000-4000-8000-000000000002',
  teamId: 'c1a2b3c4-0000-4000-8000-000000000003',
  teamLeaderId: 'c1a2b3c4-0000-4000-8000-000000000004',
  targetId: 'c1a2b3c4-0000-4000-8000-000000000005',
  targetName: '商洛市财政局',
  jurisdiction: '611000',
  tier: 'city',
};
const person = { name: '王某某', position: '政府采购科科长', rank: 'section' as const };
const allegation = '违规指定供应商，收受礼金。';

const register: ClueCommand = {
  type: 'RegisterClue',
  id: clueId,
  at: '2026-04-10T02:00:00.000Z',
  source: 'inspection',
  origin,
  person,
  allegation,
  discipline: 'integrity',
  urgent: true,
  evidenceRefs: ['谈话记录-41'],
  identifiedAt: '2026-04-09T10:00:00+08:00',
};
const base: ClueFacts = {
  inspectionId: origin.inspectionId,
  targetId: origin.targetId,
  jurisdiction: '611000',
  tier: 'city',
  involvedRank: 'section',
  discipline: 'integrity',
  status: 'registered',
};
const registered: ClueEvent = {
  type: 'ClueRegistered',
  data: {
    clueId,
    source: 'inspection',
    origin,
    person,
    allegation,
    discipline: 'integrity',
    urgent: true,
    evidenceRefs: ['谈话记录-41'],
    identifiedAt: '2026-04-09T10:00:00+08:00',
    registeredAt: '2026-04-10T02:00:00.000Z',
    facts: base,
  },
};
const assessedFacts: ClueFacts = {
  ...base,
  status: 'assessed',
  recipient: 'discipline-commission',
};
const assessed: ClueEvent = {
  type: 'ClueAssessed',
  data: {
    recipient: 'discipline-commission',
    note: '会商意见',
    assessedAt: '2026-04-15T02:00:00.000Z',
    facts: assessedFacts,
  },
};
const number = 'XC-2026-5F0C6A1E';
const transferredFacts: ClueFacts = {
  ...assessedFacts,
  status: 'transferred',
  transferNumber: number,
  dueBy: '2026-07-20',
};
const transferred: ClueEvent = {
  type: 'ClueTransferred',
  data: {
    transferNumber: number,
    recipient: 'discipline-commission',
    transferredAt: '2026-04-20T06:30:00.000Z',
    resultDueBy: '2026-07-20',
    origin,
    person,
    allegation,
    discipline: 'integrity',
    urgent: true,
    evidenceRefs: ['谈话记录-41'],
    assessmentNote: '会商意见',
    facts: transferredFacts,
  },
};
const receivedFacts: ClueFacts = { ...transferredFacts, status: 'received' };
const received: ClueEvent = {
  type: 'ClueReceived',
  data: { receivedAt: '2026-04-21T09:15:00+08:00', receivedBy: '李某', facts: receivedFacts },
};
const disposedFacts: ClueFacts = { ...receivedFacts, status: 'disposed', method: 'talk-inquiry' };
const disposed: ClueEvent = {
  type: 'ClueDisposed',
  data: { method: 'talk-inquiry', decidedAt: '2026-05-06T16:00:00+08:00', facts: disposedFacts },
};
const figures = {
  caseFiled: true,
  sanctionedPersons: 1,
  judicialTransfers: 0,
  organizationalHandling: 0,
  fundsRecovered: 38000,
};
const outcome = (final: boolean): ClueCommand => ({
  type: 'ReportOutcome',
  at: '2026-07-15T03:00:00.000Z',
  reportedAt: '2026-07-15T11:00:00+08:00',
  final,
  ...figures,
});
const concludedFacts: ClueFacts = { ...disposedFacts, outcome: figures, status: 'concluded' };
const concluded: ClueEvent[] = [
  {
    type: 'ClueOutcomeReported',
    data: {
      ...figures,
      final: true,
      reportedAt: '2026-07-15T11:00:00+08:00',
      facts: { ...disposedFacts, outcome: figures },
    },
  },
  {
    type: 'ClueConcluded',
    data: { concludedAt: '2026-07-15T11:00:00+08:00', facts: concludedFacts },
  },
];
const given = givenDecider(clueDecider).given;
const rule = (history: ClueEvent[], command: ClueCommand, name: string) =>
  given(...history)
    .when(command)
    .thenThrows(RuleViolation, name);

describe('clue decider', () => {
  describe('registration', () => {
    it('registers a clue from an inspection with its redacted facts', () => {
      given().when(register).then(registered);
    });

    it('registers nothing when the same clue comes again (redelivery)', () => {
      given(registered).when(register).then();
    });

    it('refuses any other command on a clue never registered', () => {
      given()
        .when({
          type: 'AssessClue',
          at: '2026-04-15T02:00:00.000Z',
          recipient: 'other-authority',
          note: 'x',
        })
        .thenThrows(AggregateNotFound);
    });
  });

  describe('joint review and transfer', () => {
    it('records the joint review with its recipient, and lets it be revised before transfer', () => {
      const command: ClueCommand = {
        type: 'AssessClue',
        at: '2026-04-15T02:00:00.000Z',
        recipient: 'discipline-commission',
        note: '会商意见',
      };
      given(registered).when(command).then(assessed);
      given(registered, assessed)
        .when({ ...command, recipient: 'organization-department' })
        .then({
          type: 'ClueAssessed',
          data: {
            recipient: 'organization-department',
            note: '会商意见',
            assessedAt: '2026-04-15T02:00:00.000Z',
            facts: { ...assessedFacts, recipient: 'organization-department' },
          },
        });
    });

    it('refuses a transfer before the joint review (clue-not-assessed)', () => {
      rule(
        [registered],
        { type: 'TransferClue', at: '2026-04-20T06:30:00.000Z' },
        'clue-not-assessed',
      );
    });

    it('transfers the full record, numbered, due in 3 months by default', () => {
      given(registered, assessed)
        .when({ type: 'TransferClue', at: '2026-04-20T06:30:00.000Z' })
        .then(transferred);
    });

    it('is due in the months the round’s jurisdiction set (线索办理结果时限), when it set them', () => {
      const withPeriod = { ...origin, resultMonths: 2 };
      const [event] = given(
        { ...registered, data: { ...registered.data, origin: withPeriod } } as ClueEvent,
        assessed,
      )
        .when({ type: 'TransferClue', at: '2026-04-20T06:30:00.000Z' })
        .then({
          ...transferred,
          data: {
            ...transferred.data,
            origin: withPeriod,
            resultDueBy: '2026-06-20',
            facts: { ...transferredFacts, dueBy: '2026-06-20' },
          },
        } as ClueEvent);
      expect(event.type).toBe('ClueTransferred');
    });

    it('takes a given due day, which must come after the transfer day', () => {
      const [event] = given(registered, assessed)
        .when({ type: 'TransferClue', at: '2026-04-20T06:30:00.000Z', resultDueBy: '2026-05-31' })
        .then({
          ...transferred,
          data: {
            ...transferred.data,
            resultDueBy: '2026-05-31',
            facts: { ...transferredFacts, dueBy: '2026-05-31' },
          },
        } as ClueEvent);
      expect(event.type).toBe('ClueTransferred');
      rule(
        [registered, assessed],
        { type: 'TransferClue', at: '2026-04-20T06:30:00.000Z', resultDueBy: '2026-04-20' },
        'due-date-not-after-transfer',
      );
    });

    it('refuses a second transfer and a new assessment after transfer', () => {
      rule(
        [registered, assessed, transferred],
        { type: 'TransferClue', at: '2026-04-21T00:00:00Z' },
        'clue-already-transferred',
      );
      rule(
        [registered, assessed, transferred],
        { type: 'AssessClue', at: '2026-04-21T00:00:00Z', recipient: 'other-authority', note: 'x' },
        'clue-already-transferred',
      );
    });

    it('numbers the transfer from the year in China and the clue id', () => {
      expect(transferNumberOf(clueId, '2026-12-31T17:00:00Z')).toBe('XC-2027-5F0C6A1E');
      expect(chinaDay('2026-12-31T17:00:00Z')).toBe('2027-01-01');
      expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    });
  });

  describe('when a step happened, beside when it is recorded', () => {
    it('takes the day told: a transfer entered months later is numbered and due from the day it happened', () => {
      const [event] = given(registered, {
        ...assessed,
        data: { ...assessed.data, assessedAt: '2026-04-09T12:00:00+08:00' },
      } as ClueEvent)
        .when({
          type: 'TransferClue',
          at: '2026-11-30T02:00:00Z',
          transferredAt: '2026-04-12T10:00:00+08:00',
        })
        .then({
          ...transferred,
          data: {
            ...transferred.data,
            transferredAt: '2026-04-12T10:00:00+08:00',
            resultDueBy: '2026-07-12',
            facts: { ...transferredFacts, dueBy: '2026-07-12' },
          },
        } as ClueEvent);
      expect(event.type).toBe('ClueTransferred');
    });

    it('happened-in-future: not on a day after the recording', () => {
      rule(
        [registered, assessed],
        {
          type: 'TransferClue',
          at: '2026-04-20T06:30:00.000Z',
          transferredAt: '2026-04-21T08:00:00+08:00',
        },
        'happened-in-future',
      );
      // Later the same China day is today still.
      given(registered, assessed)
        .when({
          type: 'TransferClue',
          at: '2026-04-20T06:30:00.000Z',
          transferredAt: '2026-04-20T23:00:00+08:00',
        })
        .then({
          ...transferred,
          data: { ...transferred.data, transferredAt: '2026-04-20T23:00:00+08:00' },
        } as ClueEvent);
    });

    it('happened-before-previous-step: each step after the one it follows', () => {
      rule(
        [registered],
        {
          type: 'AssessClue',
          at: '2026-04-15T02:00:00.000Z',
          assessedAt: '2026-04-08T09:00:00+08:00',
          recipient: 'discipline-commission',
          note: 'x',
        },
        'happened-before-previous-step',
      );
      rule(
        [registered, assessed],
        {
          type: 'TransferClue',
          at: '2026-04-20T06:30:00.000Z',
          transferredAt: '2026-04-14T09:00:00+08:00',
        },
        'happened-before-previous-step',
      );
      rule(
        [registered, assessed, transferred],
        {
          type: 'AcknowledgeReceipt',
          at: '2026-04-21T01:15:00.000Z',
          receivedAt: '2026-04-19T09:00:00+08:00',
          receivedBy: '李某',
        },
        'happened-before-previous-step',
      );
      rule(
        [registered, assessed, transferred, received],
        {
          type: 'DecideDisposition',
          at: '2026-05-06T08:00:00.000Z',
          method: 'talk-inquiry',
          decidedAt: '2026-04-21T09:00:00+08:00',
        },
        'happened-before-previous-step',
      );
      rule(
        [registered, assessed, transferred, received, disposed],
        { ...outcome(true), reportedAt: '2026-05-01T09:00:00+08:00' } as ClueCommand,
        'happened-before-previous-step',
      );
    });
  });

  describe('receipt, disposition, outcome', () => {
    const receipt: ClueCommand = {
      type: 'AcknowledgeReceipt',
      at: '2026-04-21T01:15:00.000Z',
      receivedAt: '2026-04-21T09:15:00+08:00',
      receivedBy: '李某',
      transferNumber: number,
    };
    const disposition: ClueCommand = {
      type: 'DecideDisposition',
      at: '2026-05-06T08:00:00.000Z',
      method: 'talk-inquiry',
      decidedAt: '2026-05-06T16:00:00+08:00',
    };

    it('records the receipt once; a repeated receipt changes nothing', () => {
      given(registered, assessed, transferred).when(receipt).then(received);
      given(registered, assessed, transferred, received).when(receipt).then();
    });

    it('refuses a receipt before transfer and one quoting another transfer number', () => {
      rule([registered, assessed], receipt, 'clue-not-transferred');
      rule(
        [registered, assessed, transferred],
        { ...receipt, transferNumber: 'XC-2026-00000000' },
        'transfer-number-mismatch',
      );
    });

    it('records one of the four dispositions after receipt', () => {
      given(registered, assessed, transferred, received).when(disposition).then(disposed);
      given(registered, assessed, transferred, received, disposed).when(disposition).then();
    });

    it('refuses a disposition outside the four (unknown-disposition-method)', () => {
      rule(
        [registered, assessed, transferred, received],
        { ...disposition, method: 'ignore' },
        'unknown-disposition-method',
      );
    });

    it('refuses a disposition or an outcome before receipt (clue-not-received)', () => {
      rule([registered, assessed, transferred], disposition, 'clue-not-received');
      rule([registered, assessed, transferred], outcome(false), 'clue-not-received');
      rule([registered, assessed], outcome(true), 'clue-not-received');
    });

    it('reports interim outcomes, ignores a repeat, and concludes on a final one', () => {
      const history = [registered, assessed, transferred, received, disposed];
      const [interim] = given(...history)
        .when(outcome(false))
        .then({
          type: 'ClueOutcomeReported',
          data: {
            ...figures,
            final: false,
            reportedAt: '2026-07-15T11:00:00+08:00',
            facts: { ...disposedFacts, outcome: figures },
          },
        });
      given(...history, interim)
        .when(outcome(false))
        .then();
      given(...history, interim)
        .when(outcome(true))
        .then(...concluded);
    });

    it('refuses negative or fractional figures', () => {
      rule(
        [registered, assessed, transferred, received],
        { ...outcome(false), sanctionedPersons: -1 } as ClueCommand,
        'invalid-outcome-figures',
      );
    });

    it('refuses every change after conclusion (clue-concluded)', () => {
      const history = [registered, assessed, transferred, received, disposed, ...concluded];
      rule(history, outcome(true), 'clue-concluded');
      rule(history, disposition, 'clue-concluded');
      rule(history, receipt, 'clue-concluded');
      rule(history, { type: 'RaiseOverdue', at: '2026-08-01T00:00:00Z' }, 'clue-concluded');
    });
  });

  describe('overdue supervision (督办)', () => {
    const overdue: ClueCommand = { type: 'RaiseOverdue', at: '2026-07-20T16:00:00.000Z' };

    it('raises an overdue once the due day has passed in China, once per due day', () => {
      const [event] = given(registered, assessed, transferred, received)
        .when(overdue)
        .then({
          type: 'ClueOverdueRaised',
          data: { dueBy: '2026-07-20', raisedAt: '2026-07-20T16:00:00.000Z', facts: receivedFacts },
        });
      given(registered, assessed, transferred, received, event).when(overdue).then();
    });

    it('refuses an overdue on its due day or before transfer', () => {
      rule(
        [registered, assessed, transferred],
        { type: 'RaiseOverdue', at: '2026-07-20T15:59:59.000Z' },
        'clue-not-overdue',
      );
      rule([registered, assessed], overdue, 'clue-not-transferred');
    });
  });

  describe('erasure of personal data (crypto-shredding)', () => {
    const erase: ClueCommand = {
      type: 'ErasePersonalData',
      at: '2026-11-25T02:00:00.000Z',
      reason: '保存期限届满',
    };

    it('records the erasure in any status, concluded included, once', () => {
      const history = [registered, assessed, transferred, received, disposed, ...concluded];
      const [event] = given(...history)
        .when(erase)
        .then({
          type: 'CluePersonalDataErased',
          data: {
            erasedAt: '2026-11-25T02:00:00.000Z',
            reason: '保存期限届满',
            facts: concludedFacts,
          },
        });
      given(...history, event)
        .when(erase)
        .then();
    });

    it('refuses to transfer a clue whose personal data is gone, recorded or found by the store', () => {
      const erasedFact: ClueEvent = {
        type: 'CluePersonalDataErased',
        data: { erasedAt: '2026-04-16T00:00:00Z', reason: 'x', facts: assessedFacts },
      };
      const transfer: ClueCommand = { type: 'TransferClue', at: '2026-04-20T06:30:00.000Z' };
      rule([registered, assessed, erasedFact], transfer, 'clue-personal-data-erased');
      const unreadable: ClueEvent = {
        ...registered,
        data: { ...(registered.data as object), personalDataErased: true },
      } as ClueEvent;
      rule([unreadable, assessed], transfer, 'clue-personal-data-erased');
    });
  });
});

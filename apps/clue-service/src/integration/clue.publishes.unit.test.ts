import { decodeProtectedHeader, type KeyLike } from 'jose';
import {
  CLUE_RECIPIENTS,
  TOPICS,
  isAnalyticsTopic,
  validateIntegrationPayload,
} from '@xuncha/contracts';
import { clueDecider, type ClueCommand, type ClueState } from '@xuncha/clue-domain';
import type { OutgoingEvent } from '@xuncha/platform-bus';
import {
  generateRecipientKeyPair,
  openAsRecipient,
  recipientKeyFromJwk,
  type RecipientKey,
} from '@xuncha/platform-crypto';
import type { RecordedEvent } from '@xuncha/platform-kernel';
import { cluePublishes, clueTransferPublishes } from './clue.publishes';
import { RecipientKeys } from './recipient-keys';

const clueId = '5f0c6a1e-3b7d-4c2a-9e15-7d3f2a8b9c01';
const name = '王某某';
const position = '商洛市财政局政府采购科科长';
const allegation = '反映其在办公设备政府采购中违规指定供应商，并收受供应商礼金。';

/** A clue's whole life through the decider, stored as the event store would record it. */
function lifecycle(): RecordedEvent[] {
  const commands: ClueCommand[] = [
    {
      type: 'RegisterClue',
      id: clueId,
      at: '2026-04-10T02:00:00.000Z',
      source: 'inspection',
      origin: {
        inspectionId: '8a6b3c1d-0000-4000-8000-000000000001',
        roundId: '8a6b3c1d-0000-4000-8000-000000000002',
        teamId: '8a6b3c1d-0000-4000-8000-000000000003',
        teamLeaderId: '8a6b3c1d-0000-4000-8000-000000000004',
        targetId: '8a6b3c1d-0000-4000-8000-000000000005',
        targetName: '商洛市财政局',
        jurisdiction: '611000',
        tier: 'city',
        findingId: '8a6b3c1d-0000-4000-8000-000000000006',
      },
      person: { name, position, rank: 'section' },
      allegation,
      discipline: 'integrity',
      urgent: true,
      evidenceRefs: ['调阅资料-财政局-2026-017'],
      identifiedAt: '2026-04-09T10:00:00+08:00',
    },
    {
      type: 'AssessClue',
      at: '2026-04-15T02:00:00.000Z',
      recipient: 'discipline-commission',
      note: '经集体会商，建议初步核实。',
    },
    { type: 'TransferClue', at: '2026-04-20T06:30:00.000Z' },
    {
      type: 'AcknowledgeReceipt',
      at: '2026-04-21T01:15:00.000Z',
      receivedAt: '2026-04-21T09:15:00+08:00',
      receivedBy: '李某',
    },
    {
      type: 'DecideDisposition',
      at: '2026-05-06T08:00:00.000Z',
      method: 'preliminary-verification',
      decidedAt: '2026-05-06T16:00:00+08:00',
    },
    { type: 'RaiseOverdue', at: '2026-07-21T08:00:00.000Z' },
    {
      type: 'ReportOutcome',
      at: '2026-07-25T03:00:00.000Z',
      reportedAt: '2026-07-25T11:00:00+08:00',
      caseFiled: true,
      sanctionedPersons: 1,
      judicialTransfers: 0,
      organizationalHandling: 1,
      fundsRecovered: 38000,
      final: true,
    },
  ];
  let state: ClueState = clueDecider.initialState();
  const recorded: RecordedEvent[] = [];
  for (const command of commands) {
    for (const event of clueDecider.decide(command, state)) {
      state = clueDecider.evolve(state, event);
      recorded.push({
        id: `00000000-0000-4000-8000-${String(recorded.length).padStart(12, '0')}`,
        type: event.type,
        schemaVersion: 1,
        data: event.data,
        occurredAt: command.at,
        metadata: { actor: 'office-611000', correlationId: 'corr-1' },
        streamId: `clue.clue-${clueId}`,
        revision: recorded.length,
        globalPosition: recorded.length + 1,
      });
    }
  }
  return recorded;
}

describe('clue integration events', () => {
  const events = lifecycle();
  let commission: KeyLike;
  let transferPublishes: ReturnType<typeof clueTransferPublishes>;
  let outgoing: OutgoingEvent[];

  beforeAll(async () => {
    const pairs = await Promise.all(CLUE_RECIPIENTS.map(() => generateRecipientKeyPair()));
    commission = pairs[CLUE_RECIPIENTS.indexOf('discipline-commission')].privateKey;
    const keys = new Map<(typeof CLUE_RECIPIENTS)[number], RecipientKey>();
    for (const [index, recipient] of CLUE_RECIPIENTS.entries()) {
      keys.set(recipient, await recipientKeyFromJwk(pairs[index].publicJwk));
    }
    transferPublishes = clueTransferPublishes(new RecipientKeys(keys));
    // The transfer mapper sees the events opened, as TransferPublishing hands them over.
    outgoing = [];
    for (const event of events) {
      outgoing.push(...cluePublishes(event), ...(await transferPublishes(event)));
    }
  });

  it('publishes every step redacted on the analytics topic, and the transfer sealed for its recipient', async () => {
    expect(events.map((event) => event.type)).toEqual([
      'ClueRegistered',
      'ClueAssessed',
      'ClueTransferred',
      'ClueReceived',
      'ClueDisposed',
      'ClueOverdueRaised',
      'ClueOutcomeReported',
      'ClueConcluded',
    ]);
    const analytics = outgoing.filter((o) => o.topic === TOPICS.clueEvents);
    expect(analytics.map((o) => (o.data as { change: string }).change)).toEqual([
      'registered',
      'assessed',
      'transferred',
      'received',
      'disposed',
      'overdue',
      'outcome-reported',
      'concluded',
    ]);
    expect(analytics.at(-1)!.data).toMatchObject({
      status: 'concluded',
      transferNumber: 'XC-2026-5F0C6A1E',
      dueBy: '2026-07-20',
      method: 'preliminary-verification',
      outcome: {
        caseFiled: true,
        sanctionedPersons: 1,
        organizationalHandling: 1,
        fundsRecovered: 38000,
      },
    });
    const transfers = outgoing.filter((o) => o.topic === TOPICS.clueTransfers);
    expect(transfers).toHaveLength(1);
    const [transfer] = transfers;
    expect(transfer).toMatchObject({
      type: 'xuncha.clue.SealedClueTransferred.v1',
      key: clueId,
      data: {
        transferNumber: 'XC-2026-5F0C6A1E',
        recipient: 'discipline-commission',
        involvedRank: 'section',
        resultDueBy: '2026-07-20',
        inspection: { targetName: '商洛市财政局', jurisdiction: '611000' },
      },
    });
    const data = transfer.data as { personalData: string; recipientKeyId: string };
    for (const secret of [name, position, allegation, '调阅资料', '集体会商']) {
      expect(JSON.stringify(data)).not.toContain(secret);
    }
    expect(decodeProtectedHeader(data.personalData).kid).toBe(data.recipientKeyId);
    // The commission, and only it, opens the record in full.
    expect(JSON.parse(await openAsRecipient(data.personalData, commission))).toEqual({
      person: { name, position },
      allegation,
      evidenceRefs: ['调阅资料-财政局-2026-017'],
      assessmentNote: '经集体会商，建议初步核实。',
    });
  });

  it('maps every payload to a contract-valid one', () => {
    for (const event of outgoing) {
      expect([event.type, validateIntegrationPayload(event.type, event.data)]).toEqual([
        event.type,
        [],
      ]);
    }
  });

  it('never puts a name, a position or an allegation on an analytics topic', () => {
    const analytics = outgoing.filter((o) => isAnalyticsTopic(o.topic as never));
    expect(analytics.length).toBeGreaterThan(0);
    for (const event of analytics) {
      const text = JSON.stringify(event.data);
      for (const secret of [name, position, allegation, '调阅资料', '集体会商']) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it('publishes nothing for the read trail, nor for an erasure', async () => {
    const read = { ...events[0], streamId: `clue.audit-${clueId}`, type: 'ClueRecordRead' };
    expect([...cluePublishes(read), ...(await transferPublishes(read))]).toEqual([]);
    const erased = { ...events[0], type: 'CluePersonalDataErased' };
    expect([...cluePublishes(erased), ...(await transferPublishes(erased))]).toEqual([]);
  });
});

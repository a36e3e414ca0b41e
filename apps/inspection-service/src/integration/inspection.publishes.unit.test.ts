import { randomUUID } from 'node:crypto';
import { TOPICS, validateIntegrationPayload } from '@xuncha/contracts';
import {
  LEGACY_CATALOG_VERSION,
  inspectionDecider,
  omit,
  type ClueReleased,
  type InspectionCommand,
  type InspectionEvent,
  type InspectionState,
} from '@xuncha/inspection-domain';
import type { RecordedEvent } from '@xuncha/platform-kernel';
import { threeFocusesCatalog } from '../testing.fixture';
import { INSPECTION_SCHEMAS } from '../inspections/inspection-store';
import { inspectionPublishes } from './inspection.publishes';

const id = randomUUID();
const roundId = randomUUID();
const townshipId = randomUUID();
const villageId = randomUUID();
const findingId = randomUUID();
const directiveId = randomUUID();
const at = '2026-03-10T09:00:00+08:00';
const later = '2026-06-20T09:00:00+08:00';
const talk = (group: string, count: number) =>
  ({ type: 'RecordTalks', group, count, date: '2026-03-12' }) as const;

/** A village-tier inspection through its whole cycle, as the deciders produce it. */
const script = [
  {
    type: 'OpenInspection',
    roundId,
    termPlanId: randomUUID(),
    ordinal: 10,
    kind: 'regular',
    modes: ['township-with-villages'],
    team: {
      teamId: randomUUID(),
      leaderId: randomUUID(),
      deputyIds: [],
      liaisonId: randomUUID(),
      memberIds: [],
    },
    target: {
      targetId: townshipId,
      targetName: '商州区夜村镇',
      category: 'township',
      tier: 'county',
      jurisdiction: '611002100',
      headcount: 20,
    },
    villages: [{ villageId, villageName: '夜村', jurisdiction: '611002100201' }],
    deadlines: {
      fieldStageDays: 40,
      reportToSecretaryDays: 30,
      rectificationPlanWorkingDays: 15,
      rectificationReportMonths: 2,
      clueResultMonths: 2,
    },
    catalogVersion: LEGACY_CATALOG_VERSION,
  },
  { type: 'StationTeam', announcedAt: at, channels: ['phone', 'online'] },
  talk('leadership', 5),
  talk('party-member', 5),
  talk('middle-manager', 4),
  talk('minority', 1),
  talk('generational', 5),
  {
    type: 'RecordFinding',
    findingId,
    title: '集体资金管理混乱',
    description: '村集体收入未入账',
    focusItem: 'SGJJ-2-15',
    involvedRank: 'below-section',
    amount: 5000,
    villageId,
    keyProblem: true,
    catalog: threeFocusesCatalog(),
  },
  {
    type: 'AmendFinding',
    findingId,
    title: '集体资金管理混乱',
    description: '核实',
    focusItem: 'SGJJ-2-15',
    involvedRank: 'section',
    villageId,
    keyProblem: true,
    publicConcern: true,
    reason: '核实',
    catalog: threeFocusesCatalog(),
  },
  {
    type: 'AssignImmediateItem',
    itemId: randomUUID(),
    title: '收入入账',
    findingId,
    dueBy: '2026-04-01',
  },
  {
    type: 'RecordClue',
    clueId: randomUUID(),
    findingId,
    person: { name: '李某', position: '村会计', rank: 'below-section' },
    allegation: '侵占集体收入',
    discipline: 'integrity',
    urgent: false,
    evidenceRefs: ['账册-3'],
  },
  { type: 'DraftReport', summary: '初稿' },
  { type: 'ApproveReport' },
  // Recorded once it happened: the hearing and what follows it are entered later.
  {
    type: 'HearReport',
    at: later,
    heardAt: '2026-05-20T15:00:00+08:00',
    directives: [
      {
        directiveId,
        pointsAt: 'problem',
        subject: '集体资金专项清理',
        owner: '镇党委',
        dueBy: '2026-06-01',
      },
    ],
  },
  {
    type: 'DeliverFeedback',
    at: later,
    deliveredAt: '2026-06-16T10:00:00+08:00',
    copiedTo: ['区委分管领导'],
    villageIds: [villageId],
    feedbackIds: { target: randomUUID(), [villageId]: randomUUID() },
  },
  { type: 'CloseInspection', at: later },
  // The directive outlives the inspection: overdue, then carried out.
  { type: 'MarkDirectiveOverdue', at: later, directiveId },
  { type: 'FollowUpDirective', at: later, directiveId, note: '已清理' },
  { type: 'CloseDirective', at: later, directiveId, result: '收回资金5000元' },
];

function recordedCycle(): RecordedEvent[] {
  let state: InspectionState = inspectionDecider.initialState();
  const events: InspectionEvent[] = [];
  for (const step of script) {
    const command = { id, at, ...step } as InspectionCommand;
    const decided = inspectionDecider.decide(command, state);
    state = decided.reduce(inspectionDecider.evolve, state);
    events.push(...decided);
  }
  return events.map((event, revision) => ({
    id: randomUUID(),
    type: event.type,
    schemaVersion: INSPECTION_SCHEMAS.versionOf(event.type),
    data: event.data,
    occurredAt: at,
    metadata: { actor: 'test', correlationId: 'c' },
    streamId: `inspection.inspection-${id}`,
    revision,
    globalPosition: revision + 1,
  }));
}

describe('inspection integration events', () => {
  const outgoing = recordedCycle().flatMap(inspectionPublishes);

  it('every payload passes its contract', () => {
    expect(outgoing.length).toBeGreaterThan(0);
    for (const event of outgoing) {
      expect({
        type: event.type,
        errors: validateIntegrationPayload(event.type, event.data),
      }).toEqual({
        type: event.type,
        errors: [],
      });
    }
  });

  it('publishes what consumers need, one feedback per problem list', () => {
    expect(outgoing.map((event) => event.type.split('.')[2])).toEqual([
      'InspectionOpened',
      'InspectionStationed',
      'TalksRecorded',
      'TalksRecorded',
      'TalksRecorded',
      'TalksRecorded',
      'TalksRecorded',
      'FindingRecorded',
      'FindingAmended',
      'ImmediateItemAssigned',
      'ClueRecorded',
      'ReportApproved',
      'ClueIdentified',
      'ReportHeard',
      'DirectiveIssued',
      'FeedbackDelivered',
      'FeedbackDelivered',
      'InspectionClosed',
      'DirectiveOverdue',
      'DirectiveClosed',
    ]);
    const feedback = outgoing.filter((event) => event.type.endsWith('FeedbackDelivered.v1'));
    expect(
      feedback.map(
        (event) => (event.data as { village?: { villageId: string } }).village?.villageId,
      ),
    ).toEqual([undefined, villageId]);
  });

  it('tells each directive of the hearing as a ledger line, and a hearing stored as texts (v1) too', () => {
    const issued = outgoing.find((e) => e.type.endsWith('.DirectiveIssued.v1'))!;
    expect(issued.data).toEqual({
      inspectionId: id,
      directiveId,
      heardAt: '2026-05-20T15:00:00+08:00',
      pointsAt: 'problem',
      subject: '集体资金专项清理',
      owner: '镇党委',
      dueBy: '2026-06-01',
    });
    const heardAt = '2026-05-20T15:00:00+08:00';
    const v1: RecordedEvent = {
      ...recordedCycle()[0],
      type: 'ReportHeard',
      schemaVersion: 1,
      data: { heardAt, directives: ['举一反三'] },
    };
    const published = inspectionPublishes(v1);
    expect(published.every((e) => validateIntegrationPayload(e.type, e.data).length === 0)).toBe(
      true,
    );
    expect(published.map((e) => [e.type.split('.')[2], e.data])).toEqual([
      ['ReportHeard', { inspectionId: id, heardAt, directives: ['举一反三'] }],
      [
        'DirectiveIssued',
        {
          inspectionId: id,
          directiveId: expect.any(String),
          heardAt,
          pointsAt: 'matter',
          subject: '举一反三',
        },
      ],
    ]);
  });

  it('tells the clue service the result period the round’s jurisdiction set (线索办理结果时限)', () => {
    const identified = outgoing.find((e) => e.type.endsWith('.ClueIdentified.v1'))!;
    expect(identified.data).toMatchObject({ resultMonths: 2 });
  });

  it('names the village of a finding and of its clue, so that the village counts them', () => {
    const village = { villageId, villageName: '夜村', jurisdiction: '611002100201' };
    for (const type of ['FindingRecorded', 'FindingAmended', 'ClueRecorded', 'ClueIdentified']) {
      const event = outgoing.find((e) => e.type.endsWith(`.${type}.v1`))!;
      expect({ type, data: event.data }).toMatchObject({ type, data: { villageId, village } });
    }
    const [own, villages] = outgoing
      .filter((event) => event.type.endsWith('FeedbackDelivered.v1'))
      .map((event) => (event.data as { findings: object[] }).findings);
    expect(own).toEqual([]);
    // The list names its village once; its findings carry only the id.
    expect(villages).toEqual([expect.objectContaining({ findingId, villageId })]);
    expect(villages[0]).not.toHaveProperty('village');
  });

  it('keeps names and allegations off the analytics topic', () => {
    for (const event of outgoing) {
      const text = JSON.stringify(event.data);
      if (event.topic === TOPICS.inspectionEvents) {
        expect(text).not.toMatch(/李某|侵占集体收入/);
      }
    }
    const identified = outgoing.find((event) => event.type.endsWith('ClueIdentified.v1'))!;
    expect(identified.topic).toBe(TOPICS.inspectionClues);
    expect(identified.data).toMatchObject({ person: { name: '李某' }, allegation: '侵占集体收入' });
  });

  it('publishes nothing for other streams', () => {
    const [first] = recordedCycle();
    expect(inspectionPublishes({ ...first, streamId: 'planning.round-x' })).toEqual([]);
  });

  it('sends a sealed clue on as it is stored: the ciphertext, never the name', () => {
    const released = recordedCycle().find((event) => event.type === 'ClueReleased')!;
    const data = released.data as ClueReleased['data'];
    const rest = omit(data, 'person', 'allegation', 'evidenceRefs');
    const sealed = 'xc1:c2VhbGVkLWJ5LXRoZS1zdG9yZQ';
    const stored = {
      ...released,
      schemaVersion: 2,
      data: { ...rest, person: { rank: data.person.rank }, sealed },
    };
    const [identified] = inspectionPublishes(stored);
    expect(identified).toMatchObject({
      topic: TOPICS.inspectionClues,
      type: 'xuncha.inspection.SealedClueIdentified.v1',
      data: { involvedRank: 'below-section', personalData: sealed },
    });
    expect(JSON.stringify(identified.data)).not.toMatch(/李某|侵占集体收入|账册/);
    expect(validateIntegrationPayload(identified.type, identified.data)).toEqual([]);
  });
});

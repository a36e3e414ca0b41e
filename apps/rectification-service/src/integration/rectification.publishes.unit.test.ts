import { validateIntegrationPayload } from '@xuncha/contracts';
import {
  rectificationCaseDecider as decider,
  type RectificationCaseCommand,
  type RectificationCaseEvent,
} from '@xuncha/rectification-domain';
import type { RecordedEvent } from '@xuncha/platform-kernel';
import { rectificationPublishes } from './rectification.publishes';

const caseId = '77fd2808-d5a4-4ee1-aba4-2c22bb4fdac4';
const item1 = '1065d485-59c3-4a87-985d-0475dc3d6208';
const item2 = '18e4f43d-dcb5-492d-8ef1-d577b5b0d7e6';
const at = '2026-06-20T02:00:00.000Z';
const leader = { name: '张某某', position: '党组书记、局长' };
const plan = (itemId: string, longTerm = false) => ({
  itemId,
  measures: ['清退'],
  responsible: '李某',
  deadline: '2026-08-31',
  milestones: longTerm ? [{ title: '阶段一', dueBy: '2026-07-31' }] : [],
});

/** Every kind of domain event the case produces, in one story. */
const commands: RectificationCaseCommand[] = [
  {
    type: 'OpenCase',
    caseId,
    at,
    feedbackId: '2f03a040-40ee-4bcd-b35c-05ac47914548',
    inspectionId: 'af53e459-abbb-4879-afa4-b10de3653047',
    roundId: '7285f208-0adf-4566-9b57-be9bc5c9184e',
    targetId: '6e067f1f-b26b-4e9c-8a78-63c48d173af8',
    targetName: '商洛市财政局',
    jurisdiction: '611000',
    tier: 'city',
    items: [
      {
        itemId: item1,
        source: 'finding',
        findingId: '3132f55e-49c9-42d4-9df2-f471ffb704ea',
        title: '会议费',
      },
      { itemId: item2, source: 'immediate', title: '清退会议费' },
    ],
    planDueBy: '2026-07-07',
    reportDueBy: '2026-08-16',
  },
  { type: 'CheckOverdue', caseId, at, today: '2026-07-08' },
  { type: 'SubmitPlan', caseId, at, items: [plan(item1)], principalLeader: leader },
  {
    type: 'SubmitPlan',
    caseId,
    at,
    items: [plan(item1), plan(item2, true)],
    principalLeader: leader,
  },
  { type: 'ReviewPlan', caseId, at, decision: 'return', reasons: ['措施不具体'], itemIds: [item1] },
  { type: 'SubmitPlan', caseId, at, items: [plan(item1), plan(item2, true)] },
  { type: 'ReviewPlan', caseId, at, decision: 'approve', reasons: [] },
  { type: 'ReportProgress', caseId, at, itemId: item2, note: '完成阶段一', milestone: 0 },
  { type: 'SignOffItem', caseId, at, itemId: item2, evidence: '凭证' },
  { type: 'ReopenItem', caseId, at, itemId: item2, reason: '反弹' },
  { type: 'SignOffItem', caseId, at, itemId: item2, evidence: '凭证' },
  { type: 'WithholdItem', caseId, at, itemId: item1, reason: '在办案件' },
  { type: 'CheckOverdue', caseId, at, today: '2026-09-01' },
  { type: 'SubmitReport', caseId, at, summary: '报告', rulesEstablished: 2, fundsRecovered: 100.5 },
  { type: 'ReviewReport', caseId, at, decision: 'accept', reasons: [] },
  {
    type: 'IssueReRectificationNotice',
    caseId,
    at,
    reasons: ['不到位'],
    itemIds: [item1],
    reportDueBy: '2026-11-30',
  },
  { type: 'SubmitReport', caseId, at, summary: '报告', rulesEstablished: 3, fundsRecovered: 200 },
  { type: 'AssessRectification', caseId, at, grade: 'poor' },
  { type: 'RecordAdmonishment', caseId, at, heldOn: '2026-10-12', leaders: [leader] },
  { type: 'RecordSupervisionNote', caseId, at, by: 'organization', note: '督促' },
  { type: 'CloseCase', caseId, at },
];

const story = (): RectificationCaseEvent[] => {
  let state = decider.initialState();
  const events: RectificationCaseEvent[] = [];
  for (const command of commands) {
    // The incomplete first plan is refused by screening: the story goes on without it.
    let decided: RectificationCaseEvent[] = [];
    try {
      decided = decider.decide(command, state);
    } catch {
      continue;
    }
    for (const event of decided) {
      events.push(event);
      state = decider.evolve(state, event);
    }
  }
  return events;
};

const recorded = (event: RectificationCaseEvent, n: number): RecordedEvent =>
  ({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type: event.type,
    data: event.data,
    schemaVersion: 1,
    occurredAt: at,
    metadata: { actor: 'test', correlationId: 'c' },
    streamId: `rectification.case-${caseId}`,
    revision: n,
    position: n + 1,
  }) as unknown as RecordedEvent;

describe('rectification integration mapping', () => {
  const events = story();
  const outgoing = events.flatMap((event, n) => rectificationPublishes(recorded(event, n)));

  it('maps every published payload to a valid contract', () => {
    expect(outgoing.length).toBeGreaterThan(0);
    for (const out of outgoing) {
      expect({ type: out.type, problems: validateIntegrationPayload(out.type, out.data) }).toEqual({
        type: out.type,
        problems: [],
      });
      expect(out.key).toBe(caseId);
    }
  });

  it('publishes every contract of the rectification topics', () => {
    expect(new Set(outgoing.map((o) => o.type))).toEqual(
      new Set(
        [
          'RectificationCaseOpened',
          'RectificationPlanSubmitted',
          'RectificationPlanApproved',
          'RectificationPlanReturned',
          'RectificationItemSignedOff',
          'RectificationItemReopened',
          'RectificationReportSubmitted',
          'RectificationAssessed',
          'AdmonishmentRecorded',
          'RectificationOverdue',
          'RectificationCaseClosed',
          'RectificationNotice',
        ].map((name) => `xuncha.rectification.${name}.v1`),
      ),
    );
  });

  it('sends every notice kind to the organization department, and no names to analytics', () => {
    const notices = outgoing.filter((o) => o.topic === 'xuncha.rectification.notices');
    expect(new Set(notices.map((n) => (n.data as { noticeKind: string }).noticeKind))).toEqual(
      new Set([
        'case-opened',
        'plan-returned',
        'plan-approved',
        'overdue',
        'assessed',
        'admonishment',
        'closed',
      ]),
    );
    const analytics = JSON.stringify(
      outgoing.filter((o) => o.topic === 'xuncha.rectification.events'),
    );
    expect(analytics).not.toContain('张某某');
    expect(analytics).not.toContain('李某');
  });

  it('keeps internal events inside', () => {
    const internal = events.filter((e) =>
      [
        'RectificationProgressReported',
        'RectificationItemWithheld',
        'SupervisionNoteRecorded',
      ].includes(e.type),
    );
    expect(internal).toHaveLength(3);
    for (const event of internal) expect(rectificationPublishes(recorded(event, 0))).toEqual([]);
  });
});

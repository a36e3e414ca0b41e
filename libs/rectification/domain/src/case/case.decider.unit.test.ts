import { validateIntegrationPayload } from '@xuncha/contracts';
import { AggregateNotFound, RuleViolation, givenDecider } from '@xuncha/platform-kernel';
import type { OpenCase, PlanEntry } from './case.commands';
import { rectificationCaseDecider as decider } from './case.decider';
import type { RectificationCaseEvent, RectificationNoticeIssued } from './case.events';

const caseId = '77fd2808-d5a4-4ee1-aba4-2c22bb4fdac4';
const item1 = '1065d485-59c3-4a87-985d-0475dc3d6208';
const item2 = 'cb971e8d-f2a4-43f2-b80e-0a3f7300489e';
const stranger = '0b0a7a1c-6f0e-4d61-9a51-0b3b27a3b001';
const at = '2026-06-20T10:00:00+08:00';
const leader = { name: '张某某', position: '党组书记、局长' };

const open: OpenCase = {
  type: 'OpenCase',
  caseId,
  at: '2026-06-16T10:00:00+08:00',
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
      title: '超标准列支会议费',
    },
    { itemId: item2, source: 'immediate', title: '清退会议费' },
  ],
  planDueBy: '2026-07-07',
  reportDueBy: '2026-08-16',
};

const [opened, openedNotice] = decider.decide(open, decider.initialState());
const history = (
  ...commands: Array<Parameters<typeof decider.decide>[0]>
): RectificationCaseEvent[] => {
  let state = decider.initialState();
  const events: RectificationCaseEvent[] = [];
  for (const command of [open, ...commands]) {
    for (const event of decider.decide(command, state)) {
      events.push(event);
      state = decider.evolve(state, event);
    }
  }
  return events;
};

const decideAfter = (
  events: RectificationCaseEvent[],
  command: Parameters<typeof decider.decide>[0],
) => decider.decide(command, events.reduce(decider.evolve, decider.initialState()));

const entry = (itemId: string, extra: Partial<PlanEntry> = {}): PlanEntry => ({
  itemId,
  measures: ['清退', '建章立制'],
  responsible: '李某',
  deadline: '2026-08-31',
  ...extra,
});
const submit = {
  type: 'SubmitPlan' as const,
  caseId,
  at,
  items: [entry(item1), entry(item2)],
  principalLeader: leader,
};
const approve = {
  type: 'ReviewPlan' as const,
  caseId,
  at,
  decision: 'approve' as const,
  reasons: [],
};
const signOff = (itemId: string) => ({
  type: 'SignOffItem' as const,
  caseId,
  at,
  itemId,
  evidence: '凭证',
});
const report = {
  type: 'SubmitReport' as const,
  caseId,
  at,
  summary: '整改报告',
  rulesEstablished: 3,
  fundsRecovered: 126400.5,
};
const assess = (grade: 'good' | 'fair' | 'poor') => ({
  type: 'AssessRectification' as const,
  caseId,
  at,
  grade,
});

const noticeKinds = (events: RectificationCaseEvent[]) =>
  events
    .filter((e): e is RectificationNoticeIssued => e.type === 'RectificationNoticeIssued')
    .map((e) => e.data.noticeKind);

describe('rectification case', () => {
  describe('case opening', () => {
    it('opens with its items and notifies the organization department', () => {
      expect(opened.type).toBe('RectificationCaseOpened');
      expect(openedNotice).toEqual({
        type: 'RectificationNoticeIssued',
        data: expect.objectContaining({
          noticeKind: 'case-opened',
          details: {
            caseOpened: { itemCount: 2, planDueBy: '2026-07-07', reportDueBy: '2026-08-16' },
          },
        }),
      });
      expect(
        validateIntegrationPayload(
          'xuncha.rectification.RectificationNotice.v1',
          openedNotice.data,
        ),
      ).toEqual([]);
    });

    it('opens nothing twice', () => {
      givenDecider(decider).given(opened).when(open).then();
    });

    it('refuses a feedback without items', () => {
      givenDecider(decider)
        .given()
        .when({ ...open, items: [] })
        .thenThrows(RuleViolation, 'case-without-items');
    });

    it('refuses commands on a case that does not exist', () => {
      givenDecider(decider).given().when(submit).thenThrows(AggregateNotFound);
    });
  });

  describe('plan', () => {
    it('is submitted when every item has measures, a responsible person and a deadline', () => {
      const [event] = givenDecider(decider)
        .given(opened)
        .when(submit)
        .then({
          type: 'RectificationPlanSubmitted',
          data: {
            caseId,
            submission: 1,
            submittedAt: at,
            principalLeader: leader,
            items: [
              {
                itemId: item1,
                measures: ['清退', '建章立制'],
                responsible: '李某',
                deadline: '2026-08-31',
                milestones: [],
              },
              {
                itemId: item2,
                measures: ['清退', '建章立制'],
                responsible: '李某',
                deadline: '2026-08-31',
                milestones: [],
              },
            ],
          },
        });
      expect(event.type).toBe('RectificationPlanSubmitted');
    });

    it('is screened: items lacking any of the three are named (plan-incomplete)', () => {
      const error = givenDecider(decider)
        .given(opened)
        .when({ ...submit, items: [entry(item1, { responsible: ' ', measures: [] })] })
        .thenThrows(RuleViolation, 'plan-incomplete') as RuleViolation;
      expect(error.context).toEqual({
        itemIds: [item1, item2],
        items: [
          { itemId: item1, missing: ['measures', 'responsible'] },
          { itemId: item2, missing: ['measures', 'responsible', 'deadline'] },
        ],
      });
    });

    it('refuses a deadline missing', () => {
      const error = givenDecider(decider)
        .given(opened)
        .when({ ...submit, items: [entry(item1), entry(item2, { deadline: undefined })] })
        .thenThrows(RuleViolation, 'plan-incomplete') as RuleViolation;
      expect(error.context.itemIds).toEqual([item2]);
    });

    it('refuses items not in the case and items listed twice', () => {
      givenDecider(decider)
        .given(opened)
        .when({ ...submit, items: [entry(stranger)] })
        .thenThrows(RuleViolation, 'item-not-in-case');
      givenDecider(decider)
        .given(opened)
        .when({ ...submit, items: [entry(item1), entry(item1), entry(item2)] })
        .thenThrows(RuleViolation, 'item-listed-twice');
    });

    it('refuses a milestone after the item deadline', () => {
      givenDecider(decider)
        .given(opened)
        .when({
          ...submit,
          items: [
            entry(item1, { milestones: [{ title: '阶段一', dueBy: '2026-09-30' }] }),
            entry(item2),
          ],
        })
        .thenThrows(RuleViolation, 'milestone-after-deadline');
    });

    it('is not resubmitted while under review, nor after approval', () => {
      givenDecider(decider)
        .given(...history(submit))
        .when(submit)
        .thenThrows(RuleViolation, 'plan-under-review');
      givenDecider(decider)
        .given(...history(submit, approve))
        .when(submit)
        .thenThrows(RuleViolation, 'plan-already-approved');
    });

    it('is approved, with a notice naming the latest deadline', () => {
      const events = decideAfter(history(submit), approve);
      expect(events[0]).toEqual({
        type: 'RectificationPlanApproved',
        data: { caseId, submission: 1, approvedAt: at },
      });
      expect((events[1] as RectificationNoticeIssued).data).toMatchObject({
        noticeKind: 'plan-approved',
        principalLeader: leader,
        details: { planApproved: { submission: 1, latestDeadline: '2026-08-31' } },
      });
    });

    it('is returned with reasons and resubmitted as submission 2', () => {
      const returned = {
        ...approve,
        decision: 'return' as const,
        reasons: ['措施不具体'],
        itemIds: [item2],
      };
      const events = history(submit, returned, submit, approve);
      expect(events.map((e) => e.type)).toEqual([
        'RectificationCaseOpened',
        'RectificationNoticeIssued',
        'RectificationPlanSubmitted',
        'RectificationPlanReturned',
        'RectificationNoticeIssued',
        'RectificationPlanSubmitted',
        'RectificationPlanApproved',
        'RectificationNoticeIssued',
      ]);
      expect(events[5].data).toMatchObject({ submission: 2 });
      expect(noticeKinds(events)).toEqual(['case-opened', 'plan-returned', 'plan-approved']);
    });

    it('refuses a return without reasons or naming strangers', () => {
      const returned = { ...approve, decision: 'return' as const, reasons: [] };
      givenDecider(decider)
        .given(...history(submit))
        .when(returned)
        .thenThrows(RuleViolation, 'return-without-reasons');
      givenDecider(decider)
        .given(...history(submit))
        .when({ ...returned, reasons: ['x'], itemIds: [stranger] })
        .thenThrows(RuleViolation, 'item-not-in-case');
    });

    it('refuses a review with no plan submitted, or after approval', () => {
      givenDecider(decider)
        .given(opened)
        .when(approve)
        .thenThrows(RuleViolation, 'plan-not-submitted');
      givenDecider(decider)
        .given(...history(submit, approve))
        .when(approve)
        .thenThrows(RuleViolation, 'plan-already-approved');
    });
  });

  describe('items', () => {
    const longTerm = {
      ...submit,
      items: [
        entry(item1, { milestones: [{ title: '阶段一', dueBy: '2026-07-31' }] }),
        entry(item2),
      ],
    };
    const progress = {
      type: 'ReportProgress' as const,
      caseId,
      at,
      itemId: item1,
      note: '已清退一半',
    };

    it('take progress notes and sign-off once the plan is approved', () => {
      givenDecider(decider)
        .given(...history(submit))
        .when(progress)
        .thenThrows(RuleViolation, 'plan-not-approved');
      givenDecider(decider)
        .given(...history(submit))
        .when(signOff(item1))
        .thenThrows(RuleViolation, 'plan-not-approved');
      givenDecider(decider)
        .given(...history(submit, approve))
        .when(progress)
        .then({
          type: 'RectificationProgressReported',
          data: { caseId, itemId: item1, note: '已清退一半', reportedAt: at },
        });
      givenDecider(decider)
        .given(...history(submit, approve))
        .when(signOff(item1))
        .then({
          type: 'RectificationItemSignedOff',
          data: { caseId, itemId: item1, evidence: '凭证', signedOffAt: at },
        });
    });

    it('refuses items not in the case and a second sign-off', () => {
      givenDecider(decider)
        .given(...history(submit, approve))
        .when(signOff(stranger))
        .thenThrows(RuleViolation, 'item-not-in-case');
      givenDecider(decider)
        .given(...history(submit, approve, signOff(item1)))
        .when(signOff(item1))
        .thenThrows(RuleViolation, 'item-already-signed-off');
      givenDecider(decider)
        .given(...history(submit, approve, signOff(item1)))
        .when(progress)
        .thenThrows(RuleViolation, 'item-already-signed-off');
    });

    it('signs off a long-term item only when its milestones are reached', () => {
      givenDecider(decider)
        .given(...history(longTerm, approve))
        .when(signOff(item1))
        .thenThrows(RuleViolation, 'milestones-pending');
      givenDecider(decider)
        .given(...history(longTerm, approve))
        .when({ ...progress, milestone: 3 })
        .thenThrows(RuleViolation, 'milestone-not-in-plan');
      const events = history(longTerm, approve, { ...progress, milestone: 0 }, signOff(item1));
      expect(events.at(-1)!.type).toBe('RectificationItemSignedOff');
    });

    it('reopens a signed-off item with a reason, and only such an item', () => {
      const reopen = { type: 'ReopenItem' as const, caseId, at, itemId: item1, reason: '问题反弹' };
      givenDecider(decider)
        .given(...history(submit, approve))
        .when(reopen)
        .thenThrows(RuleViolation, 'item-not-signed-off');
      givenDecider(decider)
        .given(...history(submit, approve))
        .when({ ...reopen, itemId: stranger })
        .thenThrows(RuleViolation, 'item-not-in-case');
      const events = history(submit, approve, signOff(item1), reopen, signOff(item1));
      expect(events.slice(-2).map((e) => e.type)).toEqual([
        'RectificationItemReopened',
        'RectificationItemSignedOff',
      ]);
    });

    it('withholds an item from disclosure once', () => {
      const withhold = {
        type: 'WithholdItem' as const,
        caseId,
        at,
        itemId: item1,
        reason: '涉及在办案件',
      };
      givenDecider(decider)
        .given(opened)
        .when({ ...withhold, itemId: stranger })
        .thenThrows(RuleViolation, 'item-not-in-case');
      givenDecider(decider)
        .given(...history(withhold))
        .when(withhold)
        .then();
    });
  });

  describe('report, assessment and admonishment', () => {
    it('needs an approved plan, and one report at a time', () => {
      givenDecider(decider)
        .given(...history(submit))
        .when(report)
        .thenThrows(RuleViolation, 'plan-not-approved');
      givenDecider(decider)
        .given(...history(submit, approve, report))
        .when(report)
        .thenThrows(RuleViolation, 'report-already-submitted');
    });

    it('is reviewed: accepted, or returned with reasons and submitted again', () => {
      const review = {
        type: 'ReviewReport' as const,
        caseId,
        at,
        decision: 'return' as const,
        reasons: [] as string[],
      };
      givenDecider(decider)
        .given(...history(submit, approve))
        .when(review)
        .thenThrows(RuleViolation, 'report-not-submitted');
      givenDecider(decider)
        .given(...history(submit, approve, report))
        .when(review)
        .thenThrows(RuleViolation, 'return-without-reasons');
      const events = history(
        submit,
        approve,
        report,
        { ...review, reasons: ['建章立制不够'] },
        report,
        { ...review, decision: 'accept' },
      );
      expect(events.at(-1)!.data).toMatchObject({ decision: 'accept' });
      givenDecider(decider)
        .given(...events)
        .when({ ...review, decision: 'accept' })
        .thenThrows(RuleViolation, 'report-already-reviewed');
    });

    it('is assessed only after a report, once per report', () => {
      givenDecider(decider)
        .given(...history(submit, approve))
        .when(assess('good'))
        .thenThrows(RuleViolation, 'assessment-before-report');
      givenDecider(decider)
        .given(...history(submit, approve, report, assess('good')))
        .when(assess('fair'))
        .thenThrows(RuleViolation, 'already-assessed');
      const events = history(submit, approve, report, assess('poor'));
      expect(noticeKinds(events).at(-1)).toBe('assessed');
    });

    it('takes a re-rectification notice after a report: a new report is due', () => {
      const notice = {
        type: 'IssueReRectificationNotice' as const,
        caseId,
        at,
        reasons: ['整改不到位'],
        itemIds: [item1],
        reportDueBy: '2026-10-31',
      };
      givenDecider(decider)
        .given(...history(submit, approve))
        .when(notice)
        .thenThrows(RuleViolation, 'report-not-submitted');
      givenDecider(decider)
        .given(...history(submit, approve, report))
        .when({ ...notice, itemIds: [stranger] })
        .thenThrows(RuleViolation, 'item-not-in-case');
      givenDecider(decider)
        .given(...history(submit, approve, report))
        .when({ ...notice, reportDueBy: '2026-01-01' })
        .thenThrows(RuleViolation, 'due-date-in-past');
      const events = history(
        submit,
        approve,
        report,
        assess('fair'),
        notice,
        report,
        assess('good'),
      );
      expect(events.at(-2)!.data).toMatchObject({ grade: 'good' });
    });

    it('records admonishment talks only after a poor grade', () => {
      const admonish = {
        type: 'RecordAdmonishment' as const,
        caseId,
        at,
        heldOn: '2026-10-12',
        leaders: [leader],
      };
      givenDecider(decider)
        .given(...history(submit, approve, report, assess('fair')))
        .when(admonish)
        .thenThrows(RuleViolation, 'admonishment-requires-poor');
      const events = history(submit, approve, report, assess('poor'), admonish);
      expect(events.at(-1)!.data).toMatchObject({
        noticeKind: 'admonishment',
        details: { admonishment: { heldOn: '2026-10-12', admonishedCount: 1 } },
      });
    });

    it('records supervision notes of the discipline commission and the organization department', () => {
      givenDecider(decider)
        .given(opened)
        .when({ type: 'RecordSupervisionNote', caseId, at, by: 'discipline', note: '日常监督' })
        .then({
          type: 'SupervisionNoteRecorded',
          data: { caseId, by: 'discipline', note: '日常监督', recordedAt: at },
        });
    });
  });

  describe('closing', () => {
    const close = { type: 'CloseCase' as const, caseId, at };

    it('closes after the assessment, counting signed-off items', () => {
      givenDecider(decider)
        .given(...history(submit, approve, report))
        .when(close)
        .thenThrows(RuleViolation, 'close-before-assessment');
      const events = history(submit, approve, signOff(item1), report, assess('good'), close);
      expect(events.at(-2)!.data).toEqual({
        caseId,
        itemCount: 2,
        rectifiedCount: 1,
        closedAt: at,
      });
      expect(noticeKinds(events).at(-1)).toBe('closed');
      givenDecider(decider)
        .given(...events)
        .when(signOff(item2))
        .thenThrows(RuleViolation, 'case-closed');
    });
  });

  describe('when each step happened (发生时间), beside when it was recorded', () => {
    // A 2022 ledger entered on `at`: the feedback of 2022-05-20 opens the case then.
    const delivered = '2022-05-20T10:00:00+08:00';
    const day = (d: string) => `${d}T10:00:00+08:00`;
    const openedIn2022 = () =>
      decider.decide({ ...open, at, deliveredAt: delivered }, decider.initialState());
    const after2022 = (...commands: Array<Parameters<typeof decider.decide>[0]>) => {
      let state = openedIn2022().reduce(decider.evolve, decider.initialState());
      const events = [...openedIn2022()];
      for (const command of commands) {
        const decided = decider.decide(command, state);
        events.push(...decided);
        state = decided.reduce(decider.evolve, state);
      }
      return events;
    };

    it('opens the case when the feedback was delivered, not when the service heard of it', () => {
      const [caseOpened, caseNotice] = openedIn2022();
      expect(caseOpened.data).toMatchObject({ openedAt: delivered });
      expect(caseNotice.data).toMatchObject({ occurredAt: delivered });
    });

    it('dates each step as told, and its notice with it; recorded at `at` all the same', () => {
      const events = after2022(
        { ...submit, submittedAt: day('2022-06-01') },
        { ...approve, reviewedAt: day('2022-06-05') },
        { ...signOff(item1), signedOffAt: day('2022-09-30') },
        { ...report, submittedAt: day('2022-10-10') },
        { ...assess('good'), assessedAt: day('2022-11-01') },
        { type: 'CloseCase', caseId, at, closedAt: day('2022-11-02') },
      );
      const dated = Object.fromEntries(
        events
          .filter((e) => e.type !== 'RectificationNoticeIssued')
          .map((e) => [e.type, Object.entries(e.data).find(([k]) => k.endsWith('At'))?.[1]]),
      );
      expect(dated).toEqual({
        RectificationCaseOpened: delivered,
        RectificationPlanSubmitted: day('2022-06-01'),
        RectificationPlanApproved: day('2022-06-05'),
        RectificationItemSignedOff: day('2022-09-30'),
        RectificationReportSubmitted: day('2022-10-10'),
        RectificationAssessed: day('2022-11-01'),
        RectificationCaseClosed: day('2022-11-02'),
      });
      const approvedNotice = events.find(
        (e) => e.type === 'RectificationNoticeIssued' && e.data.noticeKind === 'plan-approved',
      );
      expect(approvedNotice!.data).toMatchObject({ occurredAt: day('2022-06-05') });
    });

    it('happened-before-previous-step: a step dated before the step it follows (422)', () => {
      const submitted = after2022({ ...submit, submittedAt: day('2022-06-01') });
      const approved = after2022(
        { ...submit, submittedAt: day('2022-06-01') },
        { ...approve, reviewedAt: day('2022-06-05') },
      );
      const signedOff = after2022(
        { ...submit, submittedAt: day('2022-06-01') },
        { ...approve, reviewedAt: day('2022-06-05') },
        { ...signOff(item1), signedOffAt: day('2022-09-30') },
      );
      const cases: Array<[RectificationCaseEvent[], Parameters<typeof decider.decide>[0], string]> =
        [
          [[], { ...submit, submittedAt: day('2022-05-19') }, 'case opening'],
          [submitted, { ...approve, reviewedAt: day('2022-05-31') }, 'plan submission'],
          [approved, { ...signOff(item1), signedOffAt: day('2022-06-04') }, 'plan approval'],
          [
            signedOff,
            {
              type: 'ReopenItem',
              caseId,
              at,
              itemId: item1,
              reason: '反弹',
              reopenedAt: day('2022-09-01'),
            },
            'sign-off',
          ],
          [approved, { ...report, submittedAt: day('2022-06-04') }, 'plan approval'],
        ];
      for (const [given, command, previous] of cases) {
        expect(() =>
          decider.decide(
            command,
            [...openedIn2022(), ...given.slice(2)].reduce(decider.evolve, decider.initialState()),
          ),
        ).toThrow(
          expect.objectContaining({
            rule: 'happened-before-previous-step',
            context: expect.objectContaining({ previous }),
          }),
        );
      }
    });

    it('a sign-off comes after the item’s progress reports, a closing after every sign-off', () => {
      const progressed = after2022(
        { ...submit, submittedAt: day('2022-06-01') },
        { ...approve, reviewedAt: day('2022-06-05') },
        {
          type: 'ReportProgress',
          caseId,
          at,
          itemId: item1,
          note: '过半',
          reportedAt: day('2022-08-01'),
        },
      );
      givenDecider(decider)
        .given(...progressed)
        .when({ ...signOff(item1), signedOffAt: day('2022-07-01') })
        .thenThrows(RuleViolation, 'happened-before-previous-step');
      const assessed = after2022(
        { ...submit, submittedAt: day('2022-06-01') },
        { ...approve, reviewedAt: day('2022-06-05') },
        { ...report, submittedAt: day('2022-07-01') },
        { ...assess('good'), assessedAt: day('2022-07-02') },
        { ...signOff(item1), signedOffAt: day('2022-09-30') },
      );
      givenDecider(decider)
        .given(...assessed)
        .when({ type: 'CloseCase', caseId, at, closedAt: day('2022-09-01') })
        .thenThrows(RuleViolation, 'happened-before-previous-step');
    });

    it('happened-in-future: a step dated on a later day than today', () => {
      givenDecider(decider)
        .given(...history())
        .when({ ...submit, submittedAt: '2026-06-21T09:00:00+08:00' })
        .thenThrows(RuleViolation, 'happened-in-future');
      // A later hour of today is today.
      const [submitted] = decideAfter(history(), {
        ...submit,
        submittedAt: '2026-06-20T23:00:00+08:00',
      });
      expect(submitted.data).toMatchObject({ submittedAt: '2026-06-20T23:00:00+08:00' });
    });
  });

  describe('deadlines', () => {
    const check = (today: string) => ({ type: 'CheckOverdue' as const, caseId, at, today });

    it('raises nothing before a due day has passed', () => {
      givenDecider(decider).given(opened).when(check('2026-07-07')).then();
    });

    it('raises an overdue plan once per due day', () => {
      const events = decideAfter([opened], check('2026-07-08'));
      expect(events[0]).toEqual({
        type: 'RectificationOverdue',
        data: { caseId, what: 'plan', dueBy: '2026-07-07', raisedAt: at },
      });
      givenDecider(decider)
        .given(opened, ...events)
        .when(check('2026-07-09'))
        .then();
    });

    it('raises an overdue report and items not signed off after their deadline', () => {
      const events = history(submit, approve, signOff(item2), check('2026-09-01'));
      const overdue = events.filter((e) => e.type === 'RectificationOverdue').map((e) => e.data);
      expect(overdue).toEqual([
        { caseId, what: 'report', dueBy: '2026-08-16', raisedAt: at },
        { caseId, what: 'item', itemId: item1, dueBy: '2026-08-31', raisedAt: at },
      ]);
      const notices = events.filter(
        (e): e is RectificationNoticeIssued => e.type === 'RectificationNoticeIssued',
      );
      for (const n of notices) {
        expect(
          validateIntegrationPayload('xuncha.rectification.RectificationNotice.v1', n.data),
        ).toEqual([]);
      }
      expect(notices.at(-1)!.data.details.overdue).toEqual({
        what: 'item',
        itemId: item1,
        itemTitle: '超标准列支会议费',
        dueBy: '2026-08-31',
      });
    });

    it('does not raise a plan that was submitted in time', () => {
      givenDecider(decider)
        .given(...history(submit))
        .when(check('2026-07-08'))
        .then();
    });
  });
});

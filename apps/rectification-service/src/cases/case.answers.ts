/** What the rectification service answers: its views' schemas for the OpenAPI document. */
import { ASSESSMENT_GRADES, RECTIFICATION_ITEM_SOURCES, TARGET_TIERS } from '@xuncha/contracts';
import { named, page, s } from '@xuncha/platform-nest';

const PLAN_STATUSES = ['due', 'submitted', 'returned', 'approved'];
const REPORT_STATUSES = ['due', 'submitted', 'returned', 'accepted'];
const Person = s.object({ name: s.string(), position: s.string('职务') });
const Village = s.object({
  villageId: s.string(),
  villageName: s.string('村名'),
  jurisdiction: s.string(),
});
const Overdue = {
  what: s.enum(['plan', 'report', 'item'], '逾期的是方案、报告或事项'),
  dueBy: s.date(),
  raisedAt: s.dateTime(),
};
const caseFields = {
  inspectionId: s.uuid(),
  targetId: s.uuid(),
  targetName: s.string('被巡察单位'),
  jurisdiction: s.string(),
};

export const CaseSummaryView = named(
  'RectificationCaseSummary',
  s.object(
    {
      id: s.uuid(),
      ...caseFields,
      feedbackId: s.uuid(),
      roundId: s.uuid(),
      organizationId: s.string('整改单位 (the village for per-village feedback)'),
      tier: s.enum(TARGET_TIERS),
      status: s.enum(['open', 'closed']),
      itemCount: s.count('整改事项'),
      rectifiedCount: s.count('已销号'),
      planStatus: s.enum(PLAN_STATUSES, '整改方案'),
      submission: s.count('方案报送次数'),
      planDueBy: s.date(),
      reportDueBy: s.date('整改报告期限 (再整改通知后为新的期限)'),
      reportStatus: s.enum(REPORT_STATUSES, '整改报告'),
      openedAt: s.dateTime(),
      overdue: s.array(s.object(Overdue, { itemId: s.uuid() })),
      overdueCount: s.count(),
    },
    {
      reportSubmittedAt: s.dateTime(),
      rulesEstablished: s.count('建立完善制度'),
      fundsRecovered: s.number('挽回资金 (元)'),
      grade: s.enum(ASSESSMENT_GRADES, '整改评估'),
    },
  ),
);
export const CasePage = page(CaseSummaryView);

export const OverdueEntry = named(
  'RectificationOverdueEntry',
  s.object({ caseId: s.uuid(), ...caseFields, ...Overdue }, { itemId: s.uuid() }),
);
export const OverduePage = page(OverdueEntry);

export const CaseView = named(
  'RectificationCaseView',
  s.object(
    {
      id: s.uuid(),
      revision: s.int(),
      ...caseFields,
      feedbackId: s.uuid(),
      roundId: s.uuid(),
      tier: s.enum(TARGET_TIERS),
      status: s.enum(['open', 'closed']),
      openedAt: s.dateTime(),
      planDueBy: s.date('整改方案期限'),
      reportDueBy: s.date('整改报告期限'),
      plan: s.object(
        {
          status: s.enum(PLAN_STATUSES),
          submission: s.count(),
          returns: s.array(
            s.object({
              submission: s.count(),
              reasons: s.array(s.string()),
              itemIds: s.array(s.uuid()),
            }),
            '退回的方案及理由',
          ),
        },
        { principalLeader: Person },
      ),
      items: s.array(
        s.object(
          {
            itemId: s.uuid(),
            source: s.enum(RECTIFICATION_ITEM_SOURCES),
            title: s.string(),
            progress: s.array(
              s.object(
                { note: s.string(), reportedAt: s.dateTime() },
                { milestone: s.int('阶段序号') },
              ),
            ),
            signedOff: s.bool('已销号'),
          },
          {
            findingId: s.uuid(),
            measures: s.array(s.string(), '整改措施'),
            responsible: s.string('责任人'),
            deadline: s.date('完成时限'),
            longTerm: s.bool('中长期整改事项'),
            milestones: s.array(
              s.object({ title: s.string(), dueBy: s.date(), reached: s.bool() }),
            ),
            evidence: s.string('销号佐证'),
            withheldFromDisclosure: s.string('不予公开的理由'),
          },
        ),
        '整改事项',
      ),
      itemCount: s.count(),
      rectifiedCount: s.count(),
      rectificationRate: s.number('整改率 (0..1)'),
      reportReviews: s.array(s.object({ decision: s.string(), reasons: s.array(s.string()) })),
      reRectificationNotices: s.array(
        s.object({
          reasons: s.array(s.string()),
          itemIds: s.array(s.uuid()),
          reportDueBy: s.date(),
        }),
        '再整改通知',
      ),
      admonishments: s.array(
        s.object({ heldOn: s.date(), leaders: s.array(Person) }, { note: s.string() }),
        '约谈',
      ),
      supervisionNotes: s.array(
        s.object({
          caseId: s.uuid(),
          by: s.enum(['discipline', 'organization']),
          note: s.string(),
          recordedAt: s.dateTime(),
        }),
        '纪委监委、组织部的监督意见',
      ),
      overdueRaised: s.array(s.string()),
    },
    {
      village: Village,
      report: s.object(
        {
          status: s.enum(REPORT_STATUSES),
          summary: s.string(),
          rulesEstablished: s.count(),
          fundsRecovered: s.number(),
        },
        {},
        '整改报告',
      ),
      assessment: s.object(
        { grade: s.enum(ASSESSMENT_GRADES), label: s.string('较好、一般、较差') },
        {},
        '整改评估',
      ),
    },
  ),
);

export const Disclosure = named(
  'RectificationDisclosure',
  s.object(
    {
      caseId: s.uuid(),
      organization: s.string('整改单位'),
      itemCount: s.count(),
      rectifiedCount: s.count(),
      items: s.array(s.object({ title: s.string(), status: s.enum(['rectified', 'in-progress']) })),
      text: s.string('整改情况公告全文'),
    },
    { rulesEstablished: s.count(), fundsRecovered: s.number() },
  ),
);

const Deadlines = { planWorkingDays: s.int('整改方案工作日'), reportMonths: s.int('整改报告月数') };
export const RectificationDeadlines = named(
  'RectificationDeadlines',
  s.object({
    jurisdiction: s.string(),
    ...Deadlines,
    source: s.string('配置时间，或 `default`'),
    defaults: s.object(Deadlines),
  }),
);

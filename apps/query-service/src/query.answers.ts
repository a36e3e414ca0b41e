/** What the query service answers: its read models' schemas for the OpenAPI document. */
import { RESULT_USE_KIND_LABELS, RESULT_USE_KINDS, TARGET_CATEGORIES } from '@xuncha/contracts';
import { named, page, s } from '@xuncha/platform-nest';

const rate = (description: string) => s.number(`${description} (0..1, 4 decimals)`);
const id = s.string('记录编号 (document id)');
const placed = {
  jurisdiction: s.string('区划代码'),
  tier: s.string('层级'),
};
const names = {
  targetName: s.string('被巡察对象名称'),
  roundLabel: s.string('轮次，如“第3轮”'),
};

export const FindingRow = named(
  'ProblemLedgerRow',
  s.object(
    {
      _id: id,
      recorded: s.bool(),
      fedBack: s.bool('已反馈'),
      rectified: s.bool('已销号且未重新打开'),
      overdue: s.bool(),
      status: s.enum(['recorded', 'rectifying', 'rectified'], '整改状态'),
    },
    {
      inspectionId: s.uuid(),
      roundId: s.uuid(),
      targetId: s.uuid(),
      ...names,
      ...placed,
      title: s.string('问题表述'),
      focusItem: s.string('监督重点条目'),
      catalogVersion: s.string(),
      involvedRank: s.string(),
      amount: s.number(),
      villageId: s.string(),
      keyProblem: s.bool('重点问题'),
      publicConcern: s.bool('群众急难愁盼'),
      recordedAt: s.dateTime('记录时间'),
      foundAt: s.dateTime('发现时间'),
      fedBackAt: s.dateTime(),
      caseId: s.uuid(),
      itemId: s.uuid(),
      signedOffAt: s.dateTime(),
    },
  ),
);

export const DirectiveRow = named(
  'DirectiveLedgerRow',
  s.object(
    {
      _id: id,
      closed: s.bool('已办结'),
      overdue: s.bool('逾期未办结'),
    },
    {
      inspectionId: s.uuid(),
      directiveId: s.string(),
      roundId: s.uuid(),
      targetId: s.uuid(),
      ...names,
      ...placed,
      pointsAt: s.enum(['person', 'matter', 'problem'], '点人、点事、点问题'),
      subject: s.string('所点的人（职务）、事或问题'),
      owner: s.string('责任部门'),
      dueBy: s.date('办理时限'),
      heardAt: s.dateTime('听取时间'),
      closedAt: s.dateTime('办结时间'),
    },
  ),
);

export const ClueRow = named(
  'ClueLedgerRow',
  s.object(
    {
      _id: id,
      status: s.string('状态'),
      transferred: s.bool(),
      concluded: s.bool(),
      caseFiled: s.bool('立案'),
      casesFiled: s.count(),
      sanctionedPersons: s.count(),
      judicialTransfers: s.count(),
      organizationalHandling: s.count(),
      fundsRecovered: s.number(),
      overdue: s.bool('逾期督办'),
    },
    {
      inspectionId: s.uuid(),
      roundId: s.uuid(),
      targetId: s.uuid(),
      ...names,
      ...placed,
      findingId: s.uuid(),
      involvedRank: s.string(),
      discipline: s.string(),
      urgent: s.bool('边巡边移'),
      villageId: s.string(),
      recordedAt: s.dateTime('记录时间'),
      identifiedAt: s.dateTime('发现时间'),
      recipient: s.string(),
      transferNumber: s.string('移交编号'),
      transferredAt: s.dateTime(),
      dueBy: s.date(),
      method: s.string('处置方式'),
      concludedAt: s.dateTime(),
      updatedAt: s.dateTime(),
    },
    '问题线索 (redacted: no person, no allegation)',
  ),
);

export const CaseRow = named(
  'RectificationLedgerRow',
  s.object(
    {
      _id: id,
      feedbackId: s.uuid(),
      inspectionId: s.uuid(),
      roundId: s.uuid(),
      targetId: s.uuid(),
      targetName: s.string('被巡察单位'),
      ...placed,
      openedAt: s.dateTime(),
      planDueBy: s.date(),
      reportDueBy: s.date(),
      items: s.array(s.object({ itemId: s.uuid() }), '整改事项'),
      itemCount: s.count(),
      signedOff: s.count('已销号'),
      planStatus: s.enum(['due', 'submitted', 'approved', 'returned']),
      planSubmissions: s.count(),
      planReturns: s.count(),
      rulesEstablished: s.count(),
      fundsRecovered: s.number(),
      admonished: s.count('约谈人数'),
      closed: s.bool(),
      overdue: s.bool(),
    },
    {
      roundLabel: names.roundLabel,
      villageId: s.string(),
      reportSubmittedAt: s.dateTime(),
      grade: s.string('成效评估'),
    },
  ),
);

export const ImmediateItemRow = named(
  'ImmediateItemLedgerRow',
  s.object(
    { _id: id, done: s.bool('已完成') },
    {
      inspectionId: s.uuid(),
      roundId: s.uuid(),
      targetId: s.uuid(),
      ...names,
      ...placed,
      title: s.string(),
      findingId: s.uuid(),
      dueBy: s.date(),
      assignedAt: s.dateTime(),
      caseId: s.uuid(),
      doneAt: s.dateTime(),
    },
  ),
);

/** One page of a ledger: its rows are the ledger's (see the `ledger` parameter). */
export const LedgerPage = named(
  'LedgerPage',
  s.object(
    {
      items: s.array(
        s.anyOf(FindingRow, ClueRow, CaseRow, ImmediateItemRow, DirectiveRow),
        '问题、线索、整改、立行立改或书记点人点事台账的行',
      ),
    },
    { next: s.string('下一页游标') },
  ),
);

export const LEDGER_FILES = {
  'text/csv': { type: 'string', description: 'CSV (UTF-8 with BOM, Chinese headers)' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    type: 'string',
    format: 'binary',
    description: 'Excel workbook',
  },
} as const;

const Link = s.string('钻取链接 (the records behind the figure)');
export const Stats = named(
  'Stats',
  s.object({
    targets: s.object({
      inScope: s.count('应巡察对象'),
      inspected: s.count('已巡察'),
      coverageRate: rate('覆盖率'),
      byCategory: s.array(
        s.object({
          category: s.enum(TARGET_CATEGORIES),
          label: s.string('类别'),
          inScope: s.count(),
          inspected: s.count(),
          coverageRate: rate('覆盖率'),
          links: s.object({ inScope: Link, inspected: Link }),
        }),
      ),
    }),
    problems: s.object({
      found: s.count('发现问题'),
      rectified: s.count('已整改'),
      rectificationRate: rate('整改率'),
      fedBack: s.count('已反馈'),
      key: s.count('重点问题'),
      keyRectified: s.count('已整改重点问题'),
      publicConcerns: s.count('群众急难愁盼问题'),
      publicConcernsSolved: s.count('已解决群众急难愁盼问题'),
    }),
    clues: s.object({
      transferred: s.count('移交线索'),
      concluded: s.count('已办结'),
      conclusionRate: rate('办结率'),
      casesFiled: s.count('立案'),
      sanctionedPersons: s.count('党纪政务处分'),
      judicialTransfers: s.count('移送司法'),
      fundsRecovered: s.number('挽回资金'),
    }),
    rulesEstablished: s.count('建章立制'),
    immediateItems: s.count('立行立改'),
    resultUses: s.object(
      Object.fromEntries(
        RESULT_USE_KINDS.map((kind) => [kind, s.count(RESULT_USE_KIND_LABELS[kind])]),
      ),
    ),
    directives: s.object({
      issued: s.count('书记点人点事'),
      closed: s.count('已办结'),
      overdue: s.count('逾期未办结'),
    }),
    rectification: s.object({
      cases: s.count(),
      fundsRecovered: s.number(),
      admonished: s.count(),
    }),
    links: s.record(Link, '各指标的钻取链接'),
  }),
);

export const FigureRecords = named(
  'FigureRecords',
  s.object(
    {
      figure: s.string('指标'),
      label: s.string('指标名称'),
      items: s.array(
        s.object({ _id: id }, {}, '指标背后的记录 (targets, problems, clues, cases or items)'),
      ),
    },
    { next: s.string('下一页游标') },
  ),
);

const AuditRecord = named(
  'AuditRecord',
  s.object(
    {
      auditId: s.uuid(),
      action: s.string('操作, e.g. token.used, ledger.exported, clue.full-read'),
      service: s.string(),
      actor: s.object(
        { sub: s.string(), roles: s.array(s.string()), jurisdiction: s.string() },
        {},
        '操作人',
      ),
      resource: s.string('访问的资源'),
      tokenFingerprint: s.string(),
      at: s.dateTime(),
      correlationId: s.string(),
    },
    {
      clientIp: s.string(),
      export: s.object(
        { ledger: s.string(), format: s.string(), rows: s.count() },
        { filters: s.string() },
        '台账导出',
      ),
    },
  ),
);
export const AuditPage = page(AuditRecord);

const Doc = (description: string) => s.object({ _id: id }, {}, description);
export const Dossier = named(
  'TargetDossier',
  s.object({
    target: s.object(
      { _id: id },
      { name: s.string('单位名称'), ...placed, category: s.string(), retired: s.bool() },
      '巡察对象',
    ),
    inspections: s.array(Doc('历次巡察')),
    findings: s.array(FindingRow),
    clues: s.array(ClueRow),
    cases: s.array(CaseRow),
    immediateItems: s.array(ImmediateItemRow),
  }),
);

const OverdueItem = s.object(
  {
    _id: id,
    caseId: s.uuid(),
    what: s.enum(['plan', 'report', 'item']),
    dueBy: s.date(),
    raisedAt: s.dateTime(),
    roundId: s.uuid(),
    targetId: s.uuid(),
    targetName: s.string(),
    ...placed,
    open: s.bool(),
  },
  { itemId: s.uuid(), itemTitle: s.string() },
);
export const OverdueLists = named(
  'OverdueLists',
  s.object({
    clues: s.array(ClueRow, '逾期未反馈的线索'),
    plans: s.array(OverdueItem, '逾期的整改方案'),
    reports: s.array(OverdueItem, '逾期的整改报告'),
    items: s.array(OverdueItem, '逾期的整改事项'),
    directives: s.array(DirectiveRow, '逾期未办结的书记点人点事'),
    inspections: s.array(
      s.object({
        inspectionId: s.uuid(),
        targetId: s.uuid(),
        targetName: s.string('被巡察对象名称'),
        roundId: s.uuid(),
        jurisdiction: s.string('区划代码'),
        step: s.enum(['field-stage', 'hearing'], '现场巡察逾期、逾期未向书记专题会报告'),
        dueBy: s.date('时限'),
      }),
      '逾期的巡察环节',
    ),
  }),
);

export const CommonProblems = named(
  'CommonProblems',
  s.object({
    items: s.array(
      s.object({
        catalogVersion: s.string(),
        focusItem: s.string('监督重点条目'),
        targets: s.count('发现该问题的单位数'),
        findings: s.count('问题数'),
      }),
    ),
  }),
);

export const ClueDistribution = named(
  'ClueDistribution',
  s.object(
    {
      by: s.enum(['rank', 'discipline', 'disposition']),
      total: s.count(),
      items: s.array(
        s.object({
          value: s.nullable(s.string()),
          label: s.string(),
          clues: s.count(),
          share: rate('占比'),
        }),
      ),
    },
    { keyFew: rate('关键少数占比 (by rank only)') },
  ),
);

export const TeamFigures = named(
  'TeamFigures',
  s.object({
    roundId: s.uuid(),
    ordinal: s.int('第N轮'),
    items: s.array(
      s.object({
        teamId: s.uuid(),
        targets: s.count(),
        talks: s.count('谈话人次'),
        talkGroupsNotApplicable: s.count(),
        findings: s.count(),
        clues: s.count(),
        immediateItems: s.count(),
        fedBack: s.count(),
        averageDaysToFeedback: s.nullable(s.number('进驻至反馈平均天数')),
      }),
    ),
  }),
);

export const DashboardPage = s.string('HTML 页面 (inline SVG charts)');

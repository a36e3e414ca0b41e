/** What the clue service answers: its views' schemas for the OpenAPI document. */
import {
  CLUE_RECIPIENTS,
  CLUE_STATUSES,
  DISCIPLINE_CATEGORIES,
  DISPOSITION_METHODS,
  INVOLVED_RANKS,
  TARGET_TIERS,
} from '@xuncha/contracts';
import { named, page, s } from '@xuncha/platform-nest';

const Outcome = s.object(
  {
    caseFiled: s.bool('立案'),
    sanctionedPersons: s.count('处分人数'),
    judicialTransfers: s.count('移送司法'),
    organizationalHandling: s.count('组织处理'),
    fundsRecovered: s.number('挽回资金 (元)'),
  },
  {},
  '办理结果',
);

const facts = {
  inspectionId: s.uuid(),
  targetId: s.uuid(),
  jurisdiction: s.string(),
  tier: s.enum(TARGET_TIERS),
  involvedRank: s.enum(INVOLVED_RANKS, '涉及人员职级'),
  discipline: s.enum(DISCIPLINE_CATEGORIES, '问题类别'),
  status: s.enum(CLUE_STATUSES, '状态'),
};
const optionalFacts = {
  recipient: s.enum(CLUE_RECIPIENTS, '移交对象'),
  transferNumber: s.string('移交编号'),
  dueBy: s.date('办理结果反馈期限'),
  method: s.enum(DISPOSITION_METHODS, '处置方式'),
  outcome: Outcome,
};

export const ClueSummaryView = named(
  'ClueSummary',
  s.object(
    { id: s.uuid(), ...facts, overdue: s.bool('逾期督办中'), updatedAt: s.dateTime() },
    { ...optionalFacts, targetName: s.string('被巡察单位'), overdueSince: s.date() },
  ),
);
export const CluePage = page(ClueSummaryView);

const erasure = {
  personalDataErased: s.bool(),
  personalDataErasedAt: s.dateTime(),
  erasureReason: s.string(),
};

/** Redacted for the analyst (`redacted: true`); in full for the office and the recipient. */
export const ClueView = named(
  'ClueView',
  s.object(
    {
      id: s.uuid(),
      revision: s.int(),
      redacted: s.bool('不含人名与问题内容'),
      source: s.enum(['inspection', 'petition'], '来源'),
      ...facts,
      urgent: s.bool('急办'),
      overdue: s.bool(),
      registeredAt: s.dateTime(),
      steps: s.array(
        s.object({ step: s.string('环节 (event type)'), at: s.dateTime(), actor: s.string() }),
        '办理环节 (every step, who and when)',
      ),
    },
    {
      ...optionalFacts,
      ...erasure,
      targetName: s.string('被巡察单位'),
      petitionId: s.uuid(),
      origin: s.object(
        {
          inspectionId: s.uuid(),
          roundId: s.uuid(),
          teamId: s.uuid(),
          teamLeaderId: s.uuid(),
          targetId: s.uuid(),
          targetName: s.string('被巡察单位'),
          jurisdiction: s.string(),
          tier: s.enum(TARGET_TIERS),
        },
        { findingId: s.uuid() },
        '来源巡察',
      ),
      person: s.object(
        { name: s.string(), position: s.string(), rank: s.enum(INVOLVED_RANKS) },
        {},
        '涉及人员 (full record only)',
      ),
      allegation: s.string('问题内容 (full record only)'),
      evidenceRefs: s.array(s.string()),
      identifiedAt: s.dateTime(),
      assessmentNote: s.string('研判意见'),
    },
  ),
);

export const ClueReads = named(
  'ClueReads',
  s.object({
    items: s.array(
      s.object({
        clueId: s.uuid(),
        reader: s.string('查阅人'),
        roles: s.array(s.string()),
        readAt: s.dateTime(),
      }),
    ),
  }),
);

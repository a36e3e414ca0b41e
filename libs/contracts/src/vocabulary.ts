/**
 * The closed value sets that integration events carry (docs/api.md, Values), each with the
 * Chinese term users know it by. The labels end up in the AsyncAPI document so
 * outside consumers read the same words as the offices.
 */

export const TARGET_CATEGORIES = [
  'committee-organ',
  'party-mass-organ',
  'peoples-organization',
  'government-department',
  'government-affiliated',
  'party-government-organ',
  'public-institution',
  'state-owned-enterprise',
  'development-zone',
  'university',
  'township',
  'village',
  'other',
] as const;
export type TargetCategory = (typeof TARGET_CATEGORIES)[number];
export const TARGET_CATEGORY_LABELS: Record<TargetCategory, string> = {
  'committee-organ': '党委工作机关及直属单位',
  'party-mass-organ': '其他党群机关',
  'peoples-organization': '人民团体',
  'government-department': '政府工作部门',
  'government-affiliated': '政府部门下属单位',
  // A county's own ledgers count its party and government organs as one (县区级党政机关).
  'party-government-organ': '党政机关',
  'public-institution': '事业单位',
  'state-owned-enterprise': '国有企业',
  'development-zone': '开发区',
  university: '高校',
  township: '镇办/街道',
  village: '村/社区',
  other: '其他',
};

export const TARGET_TIERS = ['city', 'county', 'village'] as const;
export type TargetTier = (typeof TARGET_TIERS)[number];
export const TARGET_TIER_LABELS: Record<TargetTier, string> = {
  city: '市级',
  county: '县级',
  village: '村级',
};

export const ROUND_KINDS = ['regular', 'special', 'mobile', 'follow-up'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  regular: '常规巡察',
  special: '专项巡察',
  mobile: '机动巡察',
  'follow-up': '巡察“回头看”',
};

export const ROUND_MODES = ['elevated', 'cross', 'linked', 'township-with-villages'] as const;
export type RoundMode = (typeof ROUND_MODES)[number];
export const ROUND_MODE_LABELS: Record<RoundMode, string> = {
  elevated: '提级巡察',
  cross: '交叉巡察',
  linked: '上下联动',
  'township-with-villages': '巡镇带村',
};

export const TALK_GROUPS = [
  'leadership',
  'party-member',
  'middle-manager',
  'minority',
  'generational',
  'staff',
  'village-cadre',
  'resident',
] as const;
export type TalkGroup = (typeof TALK_GROUPS)[number];
export const TALK_GROUP_LABELS: Record<TalkGroup, string> = {
  leadership: '领导班子成员',
  'party-member': '党员',
  'middle-manager': '中层干部',
  minority: '少数民族代表',
  generational: '老中青代表',
  staff: '其他干部职工',
  'village-cadre': '村（社区）干部',
  resident: '普通群众',
};

export const INVOLVED_RANKS = [
  'top-leader',
  'leadership',
  'section',
  'below-section',
  'none',
] as const;
export type InvolvedRank = (typeof INVOLVED_RANKS)[number];
export const INVOLVED_RANK_LABELS: Record<InvolvedRank, string> = {
  'top-leader': '一把手',
  leadership: '班子成员',
  section: '科级干部',
  'below-section': '科级以下',
  none: '不涉及具体人员',
};

export const DISCIPLINE_CATEGORIES = [
  'political',
  'organizational',
  'integrity',
  'mass',
  'work',
  'life',
  'law',
] as const;
export type DisciplineCategory = (typeof DISCIPLINE_CATEGORIES)[number];
export const DISCIPLINE_CATEGORY_LABELS: Record<DisciplineCategory, string> = {
  political: '政治纪律',
  organizational: '组织纪律',
  integrity: '廉洁纪律',
  mass: '群众纪律',
  work: '工作纪律',
  life: '生活纪律',
  law: '涉嫌违法犯罪',
};

export const CLUE_RECIPIENTS = [
  'discipline-commission',
  'organization-department',
  'other-authority',
] as const;
export type ClueRecipient = (typeof CLUE_RECIPIENTS)[number];
export const CLUE_RECIPIENT_LABELS: Record<ClueRecipient, string> = {
  'discipline-commission': '纪检监察机关',
  'organization-department': '组织部门',
  'other-authority': '其他有关部门',
};

export const DISPOSITION_METHODS = [
  'talk-inquiry',
  'preliminary-verification',
  'shelved',
  'closed',
] as const;
export type DispositionMethod = (typeof DISPOSITION_METHODS)[number];
export const DISPOSITION_METHOD_LABELS: Record<DispositionMethod, string> = {
  'talk-inquiry': '谈话函询',
  'preliminary-verification': '初步核实',
  shelved: '暂存待查',
  closed: '予以了结',
};

export const ASSESSMENT_GRADES = ['good', 'fair', 'poor'] as const;
export type AssessmentGrade = (typeof ASSESSMENT_GRADES)[number];
export const ASSESSMENT_GRADE_LABELS: Record<AssessmentGrade, string> = {
  good: '较好',
  fair: '一般',
  poor: '较差',
};

export const REPORTING_CHANNELS = ['phone', 'mailbox', 'email', 'box', 'online'] as const;
export type ReportingChannel = (typeof REPORTING_CHANNELS)[number];
export const REPORTING_CHANNEL_LABELS: Record<ReportingChannel, string> = {
  phone: '举报电话',
  mailbox: '邮政信箱',
  email: '电子邮箱',
  box: '意见箱/举报箱',
  online: '网上举报（码上举报）',
};

/** What a secretary's directive points at (书记点人点事点问题). */
export const DIRECTIVE_TARGETS = ['person', 'matter', 'problem'] as const;
export type DirectiveTarget = (typeof DIRECTIVE_TARGETS)[number];
export const DIRECTIVE_TARGET_LABELS: Record<DirectiveTarget, string> = {
  person: '点人',
  matter: '点事',
  problem: '点问题',
};

/**
 * How an inspection's results are used (成果运用): letters and reports it sends, and the two
 * prompts and one warning (两提示一预警).
 */
export const RESULT_USE_KINDS = [
  'recommendation-letter',
  'thematic-report',
  'department-suggestion',
  'discipline-prompt',
  'organization-prompt',
  'written-warning',
] as const;
export type ResultUseKind = (typeof RESULT_USE_KINDS)[number];
export const RESULT_USE_KIND_LABELS: Record<ResultUseKind, string> = {
  'recommendation-letter': '巡察建议书',
  'thematic-report': '专题报告',
  'department-suggestion': '向职能部门提出意见建议',
  'discipline-prompt': '向纪委监委提示',
  'organization-prompt': '向组织部提示',
  'written-warning': '书面预警（主要负责人）',
};
/** Where each prompt goes: the recipient's own topic consumer. */
export const PROMPT_RECIPIENTS = {
  'discipline-prompt': 'discipline-commission',
  'organization-prompt': 'organization-department',
} as const;

/** An inspection's own deadlines a supervisor watches. */
export const SUPERVISED_STEPS = ['field-stage', 'hearing'] as const;
export type SupervisedStep = (typeof SUPERVISED_STEPS)[number];
export const SUPERVISED_STEP_LABELS: Record<SupervisedStep, string> = {
  'field-stage': '现场巡察逾期（未起草报告）',
  hearing: '逾期未向书记专题会报告',
};

/** What just happened to a clue, as the redacted analytics event tells it. */
export const CLUE_CHANGES = [
  'registered',
  'assessed',
  'transferred',
  'received',
  'disposed',
  'outcome-reported',
  'concluded',
  'overdue',
] as const;
export type ClueChange = (typeof CLUE_CHANGES)[number];
export const CLUE_CHANGE_LABELS: Record<ClueChange, string> = {
  registered: '登记',
  assessed: '会商研判',
  transferred: '移交',
  received: '签收',
  disposed: '确定处置方式',
  'outcome-reported': '报告办理结果',
  concluded: '办结',
  overdue: '逾期未反馈结果（督办）',
};

/** Where a clue stands; "overdue" is a change, not a status: the clue keeps its status. */
export const CLUE_STATUSES = [
  'registered',
  'assessed',
  'transferred',
  'received',
  'disposed',
  'concluded',
] as const;
export type ClueStatus = (typeof CLUE_STATUSES)[number];
export const CLUE_STATUS_LABELS: Record<ClueStatus, string> = {
  registered: '已登记',
  assessed: '已会商',
  transferred: '已移交',
  received: '已签收',
  disposed: '处置中',
  concluded: '已办结',
};

export const RECTIFICATION_ITEM_SOURCES = ['finding', 'immediate'] as const;
export type RectificationItemSource = (typeof RECTIFICATION_ITEM_SOURCES)[number];
export const RECTIFICATION_ITEM_SOURCE_LABELS: Record<RectificationItemSource, string> = {
  finding: '反馈问题',
  immediate: '立行立改事项',
};

export const OVERDUE_SUBJECTS = ['plan', 'report', 'item'] as const;
export type OverdueSubject = (typeof OVERDUE_SUBJECTS)[number];
export const OVERDUE_SUBJECT_LABELS: Record<OverdueSubject, string> = {
  plan: '整改方案',
  report: '整改报告',
  item: '整改事项',
};

export const NOTICE_KINDS = [
  'case-opened',
  'plan-approved',
  'plan-returned',
  'overdue',
  'assessed',
  'admonishment',
  'closed',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  'case-opened': '整改启动',
  'plan-approved': '整改方案审核通过',
  'plan-returned': '整改方案退回',
  overdue: '整改逾期',
  assessed: '整改成效评估',
  admonishment: '约谈',
  closed: '整改结束',
};

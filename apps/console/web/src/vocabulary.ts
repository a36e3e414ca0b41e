// The closed value sets with their Chinese terms, from the contracts library (pure TypeScript).
export {
  ROUND_KINDS,
  ROUND_KIND_LABELS,
  ROUND_MODES,
  ROUND_MODE_LABELS,
  TARGET_CATEGORIES,
  TARGET_CATEGORY_LABELS,
  TARGET_TIERS,
  TARGET_TIER_LABELS,
  CLUE_STATUS_LABELS,
  CLUE_RECIPIENTS,
  CLUE_RECIPIENT_LABELS,
  DISPOSITION_METHODS,
  DISPOSITION_METHOD_LABELS,
  ASSESSMENT_GRADES,
  ASSESSMENT_GRADE_LABELS,
  RECTIFICATION_ITEM_SOURCE_LABELS,
  DISCIPLINE_CATEGORIES,
  DISCIPLINE_CATEGORY_LABELS,
  INVOLVED_RANKS,
  INVOLVED_RANK_LABELS,
  REPORTING_CHANNELS,
  REPORTING_CHANNEL_LABELS,
  TALK_GROUPS,
  TALK_GROUP_LABELS,
  DIRECTIVE_TARGETS,
  DIRECTIVE_TARGET_LABELS,
  RESULT_USE_KINDS,
  RESULT_USE_KIND_LABELS,
} from '@xuncha/contracts/vocabulary';

export const TARGET_STATUS_LABELS: Record<string, string> = { active: '在册', retired: '已撤销' };
export const ROUND_STATUS_LABELS: Record<string, string> = {
  draft: '拟定中',
  approved: '已批准',
  launched: '已进驻',
  closed: '已结束',
};
export const PLAN_STATUS_LABELS: Record<string, string> = { draft: '草案', adopted: '已通过' };
export const POOL_LABELS: Record<string, string> = { leader: '组长库', talent: '人才库' };

/** An inspection's progress (进度), as the inspection service names it. */
export const INSPECTION_STATUS_LABELS: Record<string, string> = {
  opened: '待进驻',
  stationed: '现场巡察',
  'report-drafted': '报告起草',
  'report-revised': '报告修改',
  'report-approved': '报告审定',
  'report-consulted': '组办会商',
  'report-heard': '书记专题会已听取',
  'feedback-delivered': '已反馈',
  closed: '已结束',
};

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
  DISCIPLINE_CATEGORY_LABELS,
  INVOLVED_RANK_LABELS,
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

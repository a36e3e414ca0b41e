// The rules' messages as a person reads them; the rules themselves live in the domain libraries,
// and the planning service's document names them (a message for a rule it never raises fails here).
import type { RuleOf } from './api/typed';

const MESSAGES: Partial<Record<RuleOf<'planning'> | RuleOf<'inspection'>, string>> = {
  'cadre-declared-conflict': '该干部已申报回避，不能参加巡察与其有利害关系的单位',
  'cadre-home-unit-conflict': '该干部不能巡察其所在单位（回避）',
  'cadre-team-overlap': '该干部已在时间重叠的其他巡察组',
  'cadre-unknown': '干部库中没有该干部',
  'cadre-already-registered': '该干部已入库',
  'cross-inspection-own-jurisdiction': '交叉巡察不得安排干部巡察本地单位',
  'follow-up-target-not-inspected': '回头看的对象须已被巡察过',
  'round-already-approved': '该轮次已批准',
  'round-already-launched': '该轮次已启动',
  'round-exists': '该轮次已存在',
  'round-not-approved': '轮次尚未批准',
  'round-not-launched': '轮次尚未启动',
  'round-outside-term': '轮次时间不在本届规划期内',
  'round-window-overlap': '轮次时间与其他轮次重叠',
  'round-without-teams': '轮次还没有组建巡察组',
  'special-round-theme-required': '专项巡察须填写巡察主题',
  'target-already-in-round': '该单位已在本轮巡察中',
  'target-already-in-scope': '该单位已在规划范围内',
  'target-already-registered': '该单位已登记',
  'target-not-in-scope': '该单位不在届内规划范围内',
  'target-outside-jurisdiction': '该单位不在本级巡察范围内',
  'target-retired': '该单位已撤销',
  'target-split-invalid': '拆分方案不成立',
  'target-unknown': '没有该巡察对象',
  'team-cadre-repeated': '同一干部在巡察组中重复出现',
  'team-leader-not-in-leader-pool': '组长须从组长库中选任',
  'term-plan-already-adopted': '该规划已通过',
  'term-plan-exists': '该规划已存在',
  'term-plan-not-adopted': '届内巡察规划尚未通过',
  'term-plan-scope-empty': '规划范围为空',
  'scope-adjustment-empty': '没有要调整的单位',
  // The inspection's work (巡察组).
  'inspection-not-stationed': '巡察组尚未进驻',
  'inspection-already-stationed': '巡察组已进驻',
  'stationing-outside-round-window': '进驻时间不在本轮巡察时间内',
  'talk-coverage-not-met': '个别谈话人数未达到要求，暂不能起草报告',
  'must-talk-groups-missing': '还有必谈对象未谈话，暂不能起草报告',
  'party-member-talks-short': '全体党员谈话尚未完成，暂不能起草报告',
  'unknown-focus-item': '该问题条目不在本轮采用的监督重点清单中',
  'unknown-village': '该村（社区）不在本次巡察范围内',
  'inspection-feedback-delivered': '已反馈，不能再新增问题',
  'report-already-approved': '报告已审定',
  'happened-in-future': '发生时间不能晚于今天',
  'happened-before-previous-step': '发生时间不能早于上一环节',
};

export function ruleMessage(rule: string | undefined, fallback?: string): string {
  return (rule && MESSAGES[rule as keyof typeof MESSAGES]) || fallback || '操作未通过规则校验';
}

/** class-validator's messages of a 400 (`<field> must not be greater than 10`) as a person reads them. */
const FIELD_MESSAGES: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/must not be greater than (\S+)/, (m) => `不得大于 ${m[1]}`],
  [/must not be less than (\S+)/, (m) => `不得小于 ${m[1]}`],
  [/shorter than or equal to (\d+)/, (m) => `不得超过 ${m[1]} 个字`],
  [/longer than or equal to (\d+)/, (m) => `至少 ${m[1]} 个字`],
  [/should not be empty|must not be empty|must not be null/, () => '不能为空'],
  [/must be an integer/, () => '须为整数'],
  [/must be a number/, () => '须为数字'],
  [/one of the following values/, () => '不是可选的值'],
  [/date|day/i, () => '须为有效日期'],
  [/division code|jurisdiction/i, () => '须为有效的行政区划'],
  [/UUID/, () => '须从列表中选择'],
];

export function fieldMessage(message: string): string {
  for (const [pattern, say] of FIELD_MESSAGES) {
    const match = message.match(pattern);
    if (match) return say(match);
  }
  return '格式不正确';
}

// The rules' messages as a person reads them; the rules themselves live in the domain libraries,
// and the planning service's document names them (a message for a rule it never raises fails here).
import type { RuleOf } from './api/typed';

type Rule = RuleOf<'planning'> | RuleOf<'inspection'> | RuleOf<'clue'> | RuleOf<'rectification'>;

const MESSAGES: Partial<Record<Rule, string>> = {
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
  'report-not-drafted': '报告尚未起草',
  'report-not-approved': '报告尚未经组长审定',
  'report-not-heard': '报告尚未经书记专题会听取，暂不能反馈',
  'directive-due-before-hearing': '办理时限不能早于书记专题会听取日期',
  'directive-closed': '该事项已办结',
  'unknown-directive': '台账中没有该事项',
  'feedback-not-delivered': '尚未反馈，不能结束巡察',
  'village-feedback-missing': '每个村（社区）须有自己的问题清单',
  'inspection-closed': '巡察已结束，不能再记录',
  'idempotency-key-reused': '该请求已提交过，请刷新后重试',
  'forwarding-authority-missing': '不属于巡察范围的信访件须填写转办单位',
  'forwarding-in-scope': '属于巡察范围的信访件由巡察组处理，不能转办',
  'petition-already-triaged': '该信访件已分类',
  'unknown-petition': '没有该信访件',
  'catalog-version-unavailable': '本轮采用的监督重点清单尚未送达巡察服务',
  'unknown-portrait-dimension': '该画像维度不在本轮采用的监督重点清单中',
  'duplicate-portrait-dimension': '同一画像维度只能评价一次',
  'not-applicable-reason-required': '请说明该必谈对象不适用的原因',
  'talk-group-has-talks': '该类对象已有谈话记录，不能标记为不适用',
  'talk-group-not-required': '该类对象不是本次巡察的必谈对象',
  // Clues (问题线索).
  'clue-concluded': '该线索已办结',
  'clue-already-transferred': '该线索已移交',
  'clue-not-assessed': '线索须先经集体会商，方可移交',
  'clue-personal-data-erased': '该线索的个人信息已删除，不能移交',
  'due-date-not-after-transfer': '办理结果反馈期限须晚于移交日期',
  'clue-not-transferred': '该线索尚未移交',
  'transfer-number-mismatch': '移交编号不符',
  'clue-not-received': '该线索尚未签收',
  'invalid-outcome-figures': '办理结果数字不成立（如处分人数多于立案时的人数）',
  // Rectification (整改).
  'case-closed': '该整改已结束',
  'item-listed-twice': '同一整改事项在方案中出现两次',
  'item-not-in-case': '该事项不在本次整改中',
  'milestone-after-deadline': '阶段目标不能晚于该事项的整改时限',
  'plan-already-approved': '整改方案已审核通过',
  'plan-incomplete': '整改方案未过筛子：每个事项须有整改措施、责任人和整改时限',
  'plan-under-review': '整改方案正在审核中',
  'plan-not-submitted': '没有待审核的整改方案',
  'return-without-reasons': '退回须写明理由',
  'item-already-signed-off': '该事项已销号',
  'milestone-not-in-plan': '方案中没有该阶段目标',
  'plan-not-approved': '整改方案尚未审核通过',
  'milestones-pending': '该事项还有未完成的阶段目标，暂不能销号',
  'item-not-signed-off': '该事项尚未销号',
  'report-already-submitted': '整改报告已报送',
  'report-already-reviewed': '整改报告已审核',
  'report-not-submitted': '尚未报送整改报告',
  'due-date-in-past': '期限不能早于今天',
  'already-assessed': '已评估整改成效',
  'assessment-before-report': '整改报告通过审核后方可评估成效',
  'admonishment-requires-poor': '成效评估为较差时方可约谈',
  'close-before-assessment': '评估整改成效后方可结束整改',
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

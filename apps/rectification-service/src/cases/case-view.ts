import { ASSESSMENT_GRADE_LABELS } from '@xuncha/contracts';
import type { RectificationCaseState } from '@xuncha/rectification-domain';

/** The whole case as GET /rectification-cases/:id answers it, from its stream. */
export function caseView(id: string, state: RectificationCaseState, revision: number) {
  const opened = state.opened!;
  const items = Object.values(state.items);
  const rectified = items.filter((item) => item.signedOff).length;
  return {
    id,
    revision,
    feedbackId: opened.feedbackId,
    inspectionId: opened.inspectionId,
    roundId: opened.roundId,
    targetId: opened.targetId,
    targetName: opened.targetName,
    jurisdiction: opened.jurisdiction,
    tier: opened.tier,
    ...(opened.village && { village: opened.village }),
    status: state.closed ? 'closed' : 'open',
    openedAt: opened.openedAt,
    planDueBy: opened.planDueBy,
    reportDueBy: state.reportDueBy,
    plan: {
      status: state.planStatus,
      submission: state.submission,
      ...(state.principalLeader && { principalLeader: state.principalLeader }),
      returns: state.planReturns,
    },
    items: items.map((item) => ({
      itemId: item.itemId,
      source: item.source,
      ...(item.findingId && { findingId: item.findingId }),
      title: item.title,
      ...(item.plan && {
        measures: item.plan.measures,
        responsible: item.plan.responsible,
        deadline: item.plan.deadline,
        longTerm: item.plan.milestones.length > 0,
        milestones: item.plan.milestones.map((milestone, index) => ({
          ...milestone,
          reached: item.milestonesReached.includes(index),
        })),
      }),
      progress: item.progress,
      signedOff: item.signedOff,
      ...(item.evidence && { evidence: item.evidence }),
      ...(item.withheld && { withheldFromDisclosure: item.withheld }),
    })),
    itemCount: items.length,
    rectifiedCount: rectified,
    rectificationRate: items.length === 0 ? 0 : rectified / items.length,
    report: state.report && { status: state.reportStatus, ...state.report },
    reportReviews: state.reportReviews,
    reRectificationNotices: state.reRectificationNotices,
    ...(state.grade && {
      assessment: { grade: state.grade, label: ASSESSMENT_GRADE_LABELS[state.grade] },
    }),
    admonishments: state.admonishments,
    supervisionNotes: state.supervisionNotes,
    overdueRaised: state.overdueRaised,
  };
}

/**
 * The public summary (整改公开): counts and item titles with their status, no
 * person named, and nothing of the items withheld (state secrets, open cases,
 * sensitive matters: docs/domain.md §4).
 */
export function disclosure(state: RectificationCaseState) {
  const opened = state.opened!;
  const items = Object.values(state.items);
  const shown = items.filter((item) => item.withheld === undefined);
  const done = shown.filter((item) => item.signedOff).length;
  const organization = opened.village?.villageName ?? opened.targetName;
  const lines = [
    `${organization}关于巡察反馈问题整改情况的公告`,
    `巡察组反馈问题整改事项共${shown.length}项，已完成整改并销号${done}项，正在整改${shown.length - done}项。`,
    ...(state.report
      ? [
          `通过整改，建立完善制度${state.report.rulesEstablished}项，挽回（追缴）资金${state.report.fundsRecovered}元。`,
        ]
      : []),
    ...shown.map(
      (item, index) => `${index + 1}. ${item.title}：${item.signedOff ? '已完成整改' : '正在整改'}`,
    ),
  ];
  return {
    caseId: opened.caseId,
    organization,
    itemCount: shown.length,
    rectifiedCount: done,
    ...(state.report && {
      rulesEstablished: state.report.rulesEstablished,
      fundsRecovered: state.report.fundsRecovered,
    }),
    items: shown.map((item) => ({
      title: item.title,
      status: item.signedOff ? 'rectified' : 'in-progress',
    })),
    text: lines.join('\n'),
  };
}

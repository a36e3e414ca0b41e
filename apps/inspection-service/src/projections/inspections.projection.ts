import type {
  ClueRecorded,
  FeedbackDelivered,
  FindingRecorded,
  ImmediateItemAssigned,
  InspectionClosed,
  InspectionOpened,
  InspectionStationed,
  ReportApproved,
  ReportHeard,
  TalkGroupMarkedNotApplicable,
  TalksRecorded,
  TalkGroup,
  TargetTier,
} from '@xuncha/contracts';
import {
  DEFAULT_TALK_RULES,
  omit,
  talkCoverage,
  type NotApplicableGroups,
  type TalkRules,
} from '@xuncha/inspection-domain';
import { jurisdictionAncestors } from '@xuncha/platform-kernel';
import type { ProjectionContext, ProjectionDefinition } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';

export const INSPECTIONS = 'inspections';

/** One inspection as the list endpoint answers it: where it stands and its counts. */
export interface InspectionSummary extends Doc {
  roundId: string;
  termPlanId: string;
  teamId: string;
  targetId: string;
  targetName: string;
  tier: string;
  jurisdiction: string;
  /** The jurisdiction and its ancestors, so a caller's subtree is one equality filter. */
  jurisdictionPath: string[];
  headcount: number;
  partyMemberCount?: number;
  status: string;
  talks: Partial<Record<TalkGroup, number>>;
  /** Absent on rows folded before the rules travelled: the tier's defaults. */
  talkRules?: TalkRules;
  talksNotApplicable?: NotApplicableGroups;
  coverage: { talked: number; required: number; rate: number; met: boolean };
  findingCount: number;
  immediateItemCount: number;
  clueCount: number;
  announcedAt?: string;
  heardAt?: string;
  feedbackDeliveredAt?: string;
}

const update = async (
  context: ProjectionContext,
  inspectionId: string,
  change: (doc: InspectionSummary) => Partial<InspectionSummary>,
) => {
  const doc = await context.get<InspectionSummary>(INSPECTIONS, inspectionId);
  if (doc) context.put(INSPECTIONS, { ...doc, ...change(doc) });
};

/** The inspections of this service, folded from its own integration events. */
export const inspectionsProjection: ProjectionDefinition = {
  name: 'inspections',
  collections: [INSPECTIONS],
  indexes: { [INSPECTIONS]: [{ roundId: 1 }, { targetId: 1 }, { jurisdictionPath: 1 }] },
  handlers: {
    'xuncha.inspection.InspectionOpened.v1': (data: InspectionOpened, context) => {
      const { target } = data;
      const summary: InspectionSummary = {
        _id: data.inspectionId,
        roundId: data.roundId,
        termPlanId: data.termPlanId,
        teamId: data.teamId,
        targetId: target.targetId,
        targetName: target.targetName,
        tier: target.tier,
        jurisdiction: target.jurisdiction,
        jurisdictionPath: [target.jurisdiction, ...jurisdictionAncestors(target.jurisdiction)],
        headcount: target.headcount,
        ...(target.partyMemberCount !== undefined && {
          partyMemberCount: target.partyMemberCount,
        }),
        status: 'opened',
        talks: {},
        talkRules: data.talkRules ?? DEFAULT_TALK_RULES[target.tier as TargetTier],
        talksNotApplicable: {},
        coverage: { talked: 0, required: 0, rate: 1, met: false },
        findingCount: 0,
        immediateItemCount: 0,
        clueCount: 0,
      };
      context.put(INSPECTIONS, { ...summary, coverage: coverageOf(summary) });
    },
    'xuncha.inspection.InspectionStationed.v1': (data: InspectionStationed, context) =>
      update(context, data.inspectionId, () => ({
        status: 'stationed',
        announcedAt: data.announcedAt,
      })),
    'xuncha.inspection.TalksRecorded.v1': (data: TalksRecorded, context) =>
      update(context, data.inspectionId, (doc) => {
        const talks = { ...doc.talks, [data.group]: (doc.talks[data.group] ?? 0) + data.count };
        const talksNotApplicable = omit(doc.talksNotApplicable ?? {}, data.group);
        return withCoverage({ ...doc, talks, talksNotApplicable });
      }),
    'xuncha.inspection.TalkGroupMarkedNotApplicable.v1': (
      data: TalkGroupMarkedNotApplicable,
      context,
    ) =>
      update(context, data.inspectionId, (doc) =>
        withCoverage({
          ...doc,
          talksNotApplicable: { ...doc.talksNotApplicable, [data.group]: data.reason },
        }),
      ),
    'xuncha.inspection.FindingRecorded.v1': (data: FindingRecorded, context) =>
      update(context, data.inspectionId, (doc) => ({ findingCount: doc.findingCount + 1 })),
    'xuncha.inspection.ImmediateItemAssigned.v1': (data: ImmediateItemAssigned, context) =>
      update(context, data.inspectionId, (doc) => ({
        immediateItemCount: doc.immediateItemCount + 1,
      })),
    'xuncha.inspection.ClueRecorded.v1': (data: ClueRecorded, context) =>
      update(context, data.inspectionId, (doc) => ({ clueCount: doc.clueCount + 1 })),
    'xuncha.inspection.ReportApproved.v1': (data: ReportApproved, context) =>
      update(context, data.inspectionId, () => ({ status: 'report-approved' })),
    'xuncha.inspection.ReportHeard.v1': (data: ReportHeard, context) =>
      update(context, data.inspectionId, () => ({ status: 'report-heard', heardAt: data.heardAt })),
    'xuncha.inspection.FeedbackDelivered.v1': (data: FeedbackDelivered, context) =>
      update(context, data.inspectionId, () => ({
        status: 'feedback-delivered',
        feedbackDeliveredAt: data.deliveredAt,
      })),
    'xuncha.inspection.InspectionClosed.v1': (data: InspectionClosed, context) =>
      update(context, data.inspectionId, () => ({ status: 'closed' })),
  },
};

function coverageOf(doc: InspectionSummary): InspectionSummary['coverage'] {
  const rules = doc.talkRules ?? DEFAULT_TALK_RULES[doc.tier as TargetTier];
  const { talked, required, rate, met } = talkCoverage(
    doc,
    doc.talks,
    rules,
    doc.talksNotApplicable,
  );
  return { talked, required, rate, met };
}

function withCoverage(doc: InspectionSummary): InspectionSummary {
  return { ...doc, coverage: coverageOf(doc) };
}

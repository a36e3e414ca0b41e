import type { SupervisedStep, TalkGroup, TargetTier } from '@xuncha/contracts';
import {
  cadresOf,
  DEFAULT_TALK_RULES,
  omit,
  talkCoverage,
  type FeedbackDelivered,
  type InspectionOpened,
  type InspectionStepOverdue,
  type InspectionStationed,
  type NotApplicableGroups,
  type ReportHeard,
  type TalkGroupMarkedNotApplicable,
  type TalkRules,
  type TalksRecorded,
} from '@xuncha/inspection-domain';
import { addDays, jurisdictionAncestors, type RecordedEvent } from '@xuncha/platform-kernel';
import type {
  EventStoreProjectionDefinition,
  ProjectionContext,
} from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import { INSPECTION_STREAM_PREFIX } from '../inspections/inspection-store';

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
  /** Every cadre of the team (leader, deputies, liaison, members): a team cadre's list filters on it. */
  teamCadreIds: string[];
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
  /** The supervised steps' due days (from stationing) and those found overdue. */
  reportToSecretaryDays?: number;
  fieldStageDueBy?: string;
  hearingDueBy?: string;
  reportDrafted?: boolean;
  overdueSteps?: SupervisedStep[];
  heardAt?: string;
  feedbackDeliveredAt?: string;
}

const STREAM = `${INSPECTION_STREAM_PREFIX}-`;
type Context = ProjectionContext<RecordedEvent>;

const update = async (
  context: Context,
  change: (doc: InspectionSummary) => Partial<InspectionSummary>,
) => {
  const inspectionId = context.event.streamId.slice(STREAM.length);
  const doc = await context.get<InspectionSummary>(INSPECTIONS, inspectionId);
  if (doc) context.put(INSPECTIONS, { ...doc, ...change(doc) });
};

/**
 * The inspections of this service, folded from its own event store as stored:
 * the fields read here are never sealed (a clue only counts).
 */
export const inspectionsProjection: EventStoreProjectionDefinition = {
  name: 'inspections',
  collections: [INSPECTIONS],
  indexes: {
    [INSPECTIONS]: [{ roundId: 1 }, { targetId: 1 }, { jurisdictionPath: 1 }, { teamCadreIds: 1 }],
  },
  source: { kind: 'event-store', streamPrefixes: [INSPECTION_STREAM_PREFIX] },
  handlers: {
    InspectionOpened: (data: InspectionOpened['data'], context) => {
      const { target } = data;
      const summary: InspectionSummary = {
        _id: data.inspectionId,
        roundId: data.roundId,
        termPlanId: data.termPlanId,
        teamId: data.team.teamId,
        teamCadreIds: cadresOf(data.team),
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
        reportToSecretaryDays: data.deadlines.reportToSecretaryDays,
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
    InspectionStationed: (data: InspectionStationed['data'], context) =>
      update(context, (doc) => ({
        status: 'stationed',
        announcedAt: data.announcedAt,
        fieldStageDueBy: data.fieldStageDueBy,
        ...(doc.reportToSecretaryDays !== undefined && {
          hearingDueBy: addDays(data.fieldStageDueBy, doc.reportToSecretaryDays),
        }),
      })),
    TalksRecorded: (data: TalksRecorded['data'], context) =>
      update(context, (doc) => {
        const talks = { ...doc.talks, [data.group]: (doc.talks[data.group] ?? 0) + data.count };
        const talksNotApplicable = omit(doc.talksNotApplicable ?? {}, data.group);
        return withCoverage({ ...doc, talks, talksNotApplicable });
      }),
    TalkGroupMarkedNotApplicable: (data: TalkGroupMarkedNotApplicable['data'], context) =>
      update(context, (doc) =>
        withCoverage({
          ...doc,
          talksNotApplicable: { ...doc.talksNotApplicable, [data.group]: data.reason },
        }),
      ),
    FindingRecorded: (_data, context) =>
      update(context, (doc) => ({ findingCount: doc.findingCount + 1 })),
    ImmediateItemAssigned: (_data, context) =>
      update(context, (doc) => ({ immediateItemCount: doc.immediateItemCount + 1 })),
    ClueRecorded: (_data, context) => update(context, (doc) => ({ clueCount: doc.clueCount + 1 })),
    ReportDrafted: (_data, context) => update(context, () => ({ reportDrafted: true })),
    InspectionStepOverdue: (data: InspectionStepOverdue['data'], context) =>
      update(context, (doc) => ({ overdueSteps: [...(doc.overdueSteps ?? []), data.step] })),
    ReportApproved: (_data, context) => update(context, () => ({ status: 'report-approved' })),
    ReportHeard: (data: ReportHeard['data'], context) =>
      update(context, () => ({ status: 'report-heard', heardAt: data.heardAt })),
    FeedbackDelivered: (data: FeedbackDelivered['data'], context) =>
      update(context, () => ({
        status: 'feedback-delivered',
        feedbackDeliveredAt: data.deliveredAt,
      })),
    InspectionClosed: (_data, context) => update(context, () => ({ status: 'closed' })),
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

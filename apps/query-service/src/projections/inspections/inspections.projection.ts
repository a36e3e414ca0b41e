import type {
  ClueRecorded,
  FeedbackDelivered,
  FindingRecorded,
  ImmediateItemAssigned,
  InspectionClosed,
  InspectionOpened,
  InspectionStationed,
  InspectionStepOverdue,
  ReportApproved,
  ReportHeard,
  SupervisedStep,
  TalkGroup,
  TalkGroupMarkedNotApplicable,
  TalksRecorded,
} from '@xuncha/contracts';
import type { ProjectionContext, ProjectionDefinition } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import { jurisdictionPath, utc } from '../support';

export const INSPECTIONS = 'inspections';

/** One team at one target in one round (一次巡察), with the figures of its field work. */
export interface InspectionDoc extends Doc {
  roundId: string;
  termPlanId: string;
  teamId: string;
  targetId: string;
  targetName: string;
  tier: string;
  jurisdiction: string;
  jurisdictions: string[];
  openedAt: string;
  stationedAt?: string;
  fieldStageDueBy?: string;
  talks: number;
  /** Must-talk groups the target does not have (必谈对象不适用), with the team's reason. */
  talkGroupsNotApplicable?: Partial<Record<TalkGroup, string>>;
  findings: number;
  clues: number;
  immediateItems: number;
  reportApprovedAt?: string;
  reportHeardAt?: string;
  feedbackAt?: string;
  /** Days from stationing (进驻) to the first feedback (反馈). */
  daysToFeedback?: number;
  closedAt?: string;
  status: 'opened' | 'stationed' | 'reported' | 'heard' | 'fed-back' | 'closed';
  /** Steps found overdue (现场巡察、向书记专题会报告), each with the due day it passed. */
  lateSteps?: Array<{ step: SupervisedStep; dueBy: string }>;
}

const DAY_MS = 86_400_000;

/**
 * Changes the inspection's document. Every event here is keyed by inspection
 * id on one topic, so InspectionOpened always comes first.
 */
async function change(
  context: ProjectionContext,
  id: string,
  patch: (before: InspectionDoc) => Partial<InspectionDoc>,
) {
  const before = await context.get<InspectionDoc>(INSPECTIONS, id);
  if (before) context.put(INSPECTIONS, { ...before, ...patch(before) });
}

/** Inspections for team figures (巡察组工作量) and the dossier of a target. */
export const inspectionsProjection: ProjectionDefinition = {
  name: 'inspections',
  collections: [INSPECTIONS],
  indexes: { [INSPECTIONS]: [{ roundId: 1 }, { targetId: 1 }, { jurisdictions: 1 }] },
  handlers: {
    'xuncha.inspection.InspectionOpened.v1': (data: InspectionOpened, context) => {
      context.put(INSPECTIONS, {
        _id: data.inspectionId,
        roundId: data.roundId,
        termPlanId: data.termPlanId,
        teamId: data.teamId,
        targetId: data.target.targetId,
        targetName: data.target.targetName,
        tier: data.target.tier,
        jurisdiction: data.target.jurisdiction,
        jurisdictions: jurisdictionPath(data.target.jurisdiction),
        openedAt: utc(context.event.time),
        talks: 0,
        findings: 0,
        clues: 0,
        immediateItems: 0,
        status: 'opened',
      } satisfies InspectionDoc);
    },
    'xuncha.inspection.InspectionStationed.v1': (data: InspectionStationed, context) =>
      change(context, data.inspectionId, () => ({
        stationedAt: utc(data.announcedAt),
        fieldStageDueBy: data.fieldStageDueBy,
        status: 'stationed',
      })),
    'xuncha.inspection.TalksRecorded.v1': (data: TalksRecorded, context) =>
      change(context, data.inspectionId, (i) => {
        // Talks with a group show it was there after all.
        const { [data.group]: lifted, ...notApplicable } = i.talkGroupsNotApplicable ?? {};
        return {
          talks: Math.max(i.talks, data.cumulative),
          ...(lifted !== undefined && { talkGroupsNotApplicable: notApplicable }),
        };
      }),
    'xuncha.inspection.TalkGroupMarkedNotApplicable.v1': (
      data: TalkGroupMarkedNotApplicable,
      context,
    ) =>
      change(context, data.inspectionId, (i) => ({
        talkGroupsNotApplicable: { ...i.talkGroupsNotApplicable, [data.group]: data.reason },
      })),
    'xuncha.inspection.FindingRecorded.v1': (data: FindingRecorded, context) =>
      change(context, data.inspectionId, (i) => ({ findings: i.findings + 1 })),
    'xuncha.inspection.ClueRecorded.v1': (data: ClueRecorded, context) =>
      change(context, data.inspectionId, (i) => ({ clues: i.clues + 1 })),
    'xuncha.inspection.ImmediateItemAssigned.v1': (data: ImmediateItemAssigned, context) =>
      change(context, data.inspectionId, (i) => ({ immediateItems: i.immediateItems + 1 })),
    'xuncha.inspection.ReportApproved.v1': (data: ReportApproved, context) =>
      change(context, data.inspectionId, () => ({
        reportApprovedAt: utc(data.approvedAt ?? context.event.time),
        status: 'reported',
      })),
    'xuncha.inspection.InspectionStepOverdue.v1': (data: InspectionStepOverdue, context) =>
      change(context, data.inspectionId, (i) => ({
        lateSteps: [
          ...(i.lateSteps ?? []).filter((late) => late.step !== data.step),
          { step: data.step, dueBy: data.dueBy },
        ],
      })),
    'xuncha.inspection.ReportHeard.v1': (data: ReportHeard, context) =>
      change(context, data.inspectionId, () => ({
        reportHeardAt: utc(data.heardAt),
        status: 'heard',
      })),
    'xuncha.inspection.FeedbackDelivered.v1': (data: FeedbackDelivered, context) =>
      change(context, data.inspectionId, (i) => {
        // Per-village problem lists follow the target's own: the first one counts.
        if (i.feedbackAt) return {};
        const feedbackAt = utc(data.deliveredAt);
        const from = i.stationedAt ?? i.openedAt;
        return {
          feedbackAt,
          daysToFeedback: Math.round((Date.parse(feedbackAt) - Date.parse(from)) / DAY_MS),
          status: 'fed-back',
        };
      }),
    'xuncha.inspection.InspectionClosed.v1': (data: InspectionClosed, context) =>
      change(context, data.inspectionId, () => ({
        closedAt: utc(data.closedAt ?? context.event.time),
        status: 'closed',
      })),
  },
};

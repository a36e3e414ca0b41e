import type {
  FeedbackDelivered,
  InspectionOpened,
  RoundClosed,
  RoundLaunched,
  TargetProfile,
  TargetRetired,
  TargetSplit,
  TargetsMerged,
  TermPlanAdopted,
  TermPlanScopeAdjusted,
} from '@xuncha/contracts';
import type { ProjectionContext, ProjectionDefinition } from '@xuncha/platform-projections';
import type { Doc } from '@xuncha/platform-read-models';
import { defined, jurisdictionPath, merge, utc } from '../support';

export const TARGETS = 'targets';
export const TERM_PLANS = 'term-plans';
export const ROUNDS = 'rounds';
export const FEEDBACKS = 'feedbacks';

/** A target (巡察对象) with the term plans and rounds whose scope holds it. */
export interface TargetDoc extends Doc {
  /** The profile is known (registered, or seen in a launched round). */
  known: boolean;
  name?: string;
  category?: string;
  tier?: string;
  jurisdiction?: string;
  jurisdictions?: string[];
  parentId?: string;
  headcount?: number;
  retired: boolean;
  retiredOn?: string;
  termPlanIds: string[];
  roundIds: string[];
}

export interface TermPlanDoc extends Doc {
  title: string;
  jurisdiction: string;
  jurisdictions: string[];
  window: { from: string; to: string };
  targetIds: string[];
}

export interface RoundDoc extends Doc {
  termPlanId: string;
  jurisdiction?: string;
  jurisdictions?: string[];
  ordinal?: number;
  kind?: string;
  modes?: string[];
  theme?: string;
  window?: { from: string; to: string };
  teams?: Array<{ teamId: string; targetIds: string[] }>;
  /** Its feedbacks count toward full coverage (absent on rounds published before: regular). */
  countsTowardCoverage?: boolean;
  status: 'launched' | 'closed' | 'seen';
}

/** One problem list delivered (反馈): from here its target counts as inspected. */
export interface FeedbackDoc extends Doc {
  inspectionId: string;
  roundId: string;
  termPlanId: string;
  targetId: string;
  tier: string;
  jurisdiction: string;
  jurisdictions: string[];
  deliveredAt: string;
}

const newTarget = (): Omit<TargetDoc, '_id'> => ({
  known: false,
  retired: false,
  termPlanIds: [],
  roundIds: [],
});

const profile = (p: TargetProfile): Partial<TargetDoc> =>
  defined({
    known: true,
    name: p.targetName,
    category: p.category,
    tier: p.tier,
    jurisdiction: p.jurisdiction,
    jurisdictions: jurisdictionPath(p.jurisdiction),
    parentId: p.parentId,
    headcount: p.headcount,
  });

const target = (
  context: ProjectionContext,
  id: string,
  patch: (before: TargetDoc) => Partial<TargetDoc>,
) => merge<TargetDoc>(context, TARGETS, id, patch, newTarget);

const retire = (context: ProjectionContext, id: string, effectiveOn: string) =>
  target(context, id, () => ({ retired: true, retiredOn: effectiveOn }));

const withId = (ids: string[], id: string) => (ids.includes(id) ? ids : [...ids, id]);

/**
 * Coverage (全覆盖): targets with their scopes, term plans, rounds, and the
 * feedbacks that make targets inspected. Targets, plans and feedbacks come on
 * different keys and topics, so every handler merges into what is there.
 */
export const coverageProjection: ProjectionDefinition = {
  name: 'coverage',
  collections: [TARGETS, TERM_PLANS, ROUNDS, FEEDBACKS],
  indexes: {
    [TARGETS]: [{ jurisdictions: 1 }, { termPlanIds: 1 }],
    [FEEDBACKS]: [{ jurisdictions: 1 }, { targetId: 1 }],
  },
  handlers: {
    'xuncha.planning.TargetRegistered.v1': (data: TargetProfile, context) =>
      target(context, data.targetId, () => profile(data)),
    'xuncha.planning.TargetProfileUpdated.v1': (data: TargetProfile, context) =>
      target(context, data.targetId, () => profile(data)),
    'xuncha.planning.TargetRetired.v1': (data: TargetRetired, context) =>
      retire(context, data.targetId, data.effectiveOn),
    'xuncha.planning.TargetsMerged.v1': async (data: TargetsMerged, context) => {
      for (const id of data.mergedTargetIds) await retire(context, id, data.effectiveOn);
    },
    'xuncha.planning.TargetSplit.v1': (data: TargetSplit, context) =>
      retire(context, data.targetId, data.effectiveOn),
    'xuncha.planning.TermPlanAdopted.v1': async (data: TermPlanAdopted, context) => {
      context.put(TERM_PLANS, {
        _id: data.termPlanId,
        title: data.title,
        jurisdiction: data.jurisdiction,
        jurisdictions: jurisdictionPath(data.jurisdiction),
        window: data.window,
        targetIds: data.targetIds,
      } satisfies TermPlanDoc);
      for (const id of data.targetIds) {
        await target(context, id, (t) => ({ termPlanIds: withId(t.termPlanIds, data.termPlanId) }));
      }
    },
    'xuncha.planning.TermPlanScopeAdjusted.v1': async (data: TermPlanScopeAdjusted, context) => {
      const plan = await context.get<TermPlanDoc>(TERM_PLANS, data.termPlanId);
      if (plan) {
        const kept = plan.targetIds.filter((id) => !data.droppedTargetIds.includes(id));
        context.put(TERM_PLANS, { ...plan, targetIds: [...new Set([...kept, ...data.addedTargetIds])] });
      }
      for (const id of data.addedTargetIds) {
        await target(context, id, (t) => ({ termPlanIds: withId(t.termPlanIds, data.termPlanId) }));
      }
      for (const id of data.droppedTargetIds) {
        await target(context, id, (t) => ({
          termPlanIds: t.termPlanIds.filter((p) => p !== data.termPlanId),
        }));
      }
    },
    'xuncha.planning.RoundLaunched.v1': async (data: RoundLaunched, context) => {
      await merge<RoundDoc>(
        context,
        ROUNDS,
        data.roundId,
        () =>
          defined({
            termPlanId: data.termPlanId,
            jurisdiction: data.jurisdiction,
            jurisdictions: jurisdictionPath(data.jurisdiction),
            ordinal: data.ordinal,
            kind: data.kind,
            modes: data.modes,
            countsTowardCoverage: data.countsTowardCoverage ?? data.kind === 'regular',
            theme: data.theme,
            window: data.window,
            teams: data.teams.map((t) => ({
              teamId: t.teamId,
              targetIds: t.targets.map((p) => p.targetId),
            })),
            status: 'launched' as const,
          }),
        () => ({ termPlanId: data.termPlanId, status: 'launched' }),
      );
      for (const team of data.teams) {
        for (const p of team.targets) {
          // A target registered before this service existed is known from the launch alone.
          await target(context, p.targetId, (t) => ({
            ...(t.known ? {} : profile(p)),
            roundIds: withId(t.roundIds, data.roundId),
          }));
        }
      }
    },
    'xuncha.planning.RoundClosed.v1': (data: RoundClosed, context) =>
      merge<RoundDoc>(context, ROUNDS, data.roundId, () => ({ status: 'closed' }), () => ({
        termPlanId: data.termPlanId,
        status: 'closed',
      })),
    // The round of an inspection is known even when its launch came before this service.
    'xuncha.inspection.InspectionOpened.v1': (data: InspectionOpened, context) =>
      merge<RoundDoc>(context, ROUNDS, data.roundId, () => ({}), () => ({
        termPlanId: data.termPlanId,
        status: 'seen',
      })),
    'xuncha.inspection.FeedbackDelivered.v1': (data: FeedbackDelivered, context) => {
      const village = data.village;
      context.put(FEEDBACKS, {
        _id: data.feedbackId,
        inspectionId: data.inspectionId,
        roundId: data.roundId,
        termPlanId: data.termPlanId,
        // A per-village problem list (分村反馈) makes the village itself inspected.
        targetId: village ? village.villageId : data.targetId,
        tier: village ? 'village' : data.tier,
        jurisdiction: village ? village.jurisdiction : data.jurisdiction,
        jurisdictions: jurisdictionPath(village ? village.jurisdiction : data.jurisdiction),
        deliveredAt: utc(data.deliveredAt),
      } satisfies FeedbackDoc);
    },
  },
};

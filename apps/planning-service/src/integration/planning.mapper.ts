import { PLANNING_EVENT_SCHEMAS, omit } from '@xuncha/planning-domain';
import { TOPICS, type IntegrationEventName, type TargetProfile } from '@xuncha/contracts';
import type {
  RoundEvent,
  TargetEvent,
  TargetProfileData,
  TermPlanEvent,
} from '@xuncha/planning-domain';
import type { IntegrationMapper, OutgoingEvent } from '@xuncha/platform-bus';

type PlanningEvent = TargetEvent | TermPlanEvent | RoundEvent;

const topic = TOPICS.planningEvents;
const out = (
  name: IntegrationEventName<'planning'>,
  key: string,
  data: unknown,
): OutgoingEvent => ({
  topic,
  type: `xuncha.planning.${name}.v1`,
  key,
  data,
});

/** A target as the contracts carry it: no top leader (personal data stays here). */
export function toTargetProfile(target: { targetId: string } & TargetProfileData): TargetProfile {
  return {
    targetId: target.targetId,
    targetName: target.name,
    category: target.category,
    tier: target.tier,
    jurisdiction: target.jurisdiction,
    ...(target.parentId && { parentId: target.parentId }),
    headcount: target.headcount,
    ...(target.partyMemberCount !== undefined && { partyMemberCount: target.partyMemberCount }),
  };
}

/**
 * Planning's domain events as the integration events of libs/contracts
 * (xuncha.planning.events). Coverage is decided in the term plan's stream, so
 * every event that moves it also publishes TermPlanCoverageChanged.
 */
export const planningMapper: IntegrationMapper = (recorded) => {
  const { type, data } = PLANNING_EVENT_SCHEMAS.upcast(recorded);
  const event = { type, data } as PlanningEvent;
  switch (event.type) {
    case 'TargetRegistered':
      return [out('TargetRegistered', event.data.targetId, toTargetProfile(event.data))];
    case 'TargetProfileUpdated':
      return [out('TargetProfileUpdated', event.data.targetId, toTargetProfile(event.data))];
    case 'TargetRetired': {
      const { targetId, reason, effectiveOn } = event.data;
      return [out('TargetRetired', targetId, { targetId, reason, effectiveOn })];
    }
    case 'TargetsMerged': {
      const { targetId, mergedTargetIds, reason, effectiveOn } = event.data;
      return [out('TargetsMerged', targetId, { targetId, mergedTargetIds, reason, effectiveOn })];
    }
    case 'TargetSplit': {
      const { targetId, successorIds, reason, effectiveOn } = event.data;
      return [out('TargetSplit', targetId, { targetId, successorIds, reason, effectiveOn })];
    }
    case 'TermPlanAdopted': {
      const { termPlanId, name, jurisdiction, window, targetIds } = event.data;
      return [
        out('TermPlanAdopted', termPlanId, {
          termPlanId,
          title: name,
          jurisdiction,
          window,
          targetIds,
        }),
        coverage(event.data),
      ];
    }
    case 'TermPlanScopeAdjusted': {
      const { termPlanId, addedTargetIds, droppedTargetIds, reason, inScope } = event.data;
      return [
        out('TermPlanScopeAdjusted', termPlanId, {
          termPlanId,
          addedTargetIds,
          droppedTargetIds,
          reason,
          inScope,
        }),
        coverage(event.data),
      ];
    }
    case 'TermPlanTargetInspected':
      return [coverage(event.data)];
    case 'RoundLaunched': {
      const launched = omit(event.data, 'launchedAt');
      return [out('RoundLaunched', launched.roundId, launched)];
    }
    case 'RoundClosed': {
      const { roundId, termPlanId } = event.data;
      return [out('RoundClosed', roundId, { roundId, termPlanId })];
    }
    default:
      return [];
  }
};

function coverage(data: { termPlanId: string; inScope: number; inspected: number; rate: number }) {
  const { termPlanId, inScope, inspected, rate } = data;
  return out('TermPlanCoverageChanged', termPlanId, { termPlanId, inScope, inspected, rate });
}

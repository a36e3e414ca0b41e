import { randomUUID } from 'node:crypto';
import { findIntegrationEvent, validateIntegrationPayload } from '@xuncha/contracts';
import {
  DEFAULT_DEADLINES,
  PLANNING_EVENT_SCHEMAS,
  SHIPPED_CATALOGS,
  omit,
  type RoundEvent,
  type TargetEvent,
  type TermPlanEvent,
} from '@xuncha/planning-domain';
import type { RecordedEvent } from '@xuncha/platform-kernel';
import { planningMapper } from './planning.mapper';

const id = () => randomUUID();
const [target, plan, round, other] = [id(), id(), id(), id()];
const AT = '2026-03-01T09:00:00+08:00';
const profile = {
  name: '商洛市财政局',
  category: 'government-department' as const,
  tier: 'city' as const,
  jurisdiction: '611000',
  headcount: 86,
  leader: '张三',
};
const coverage = { inScope: 3, inspected: 1, rate: 0.3333 };
const window = { from: '2021-09-01', to: '2026-08-31' };

const events: Array<TargetEvent | TermPlanEvent | RoundEvent> = [
  {
    type: 'TargetRegistered',
    data: { targetId: target, registeredAt: AT, ...profile, parentId: other },
  },
  {
    type: 'TargetProfileUpdated',
    data: { targetId: target, updatedAt: AT, ...profile, partyMemberCount: 3 },
  },
  {
    type: 'TargetRetired',
    data: { targetId: target, reason: '撤销', effectiveOn: '2019-01-31', retiredAt: AT },
  },
  {
    type: 'TargetsMerged',
    data: {
      targetId: target,
      mergedTargetIds: [other],
      reason: '合并',
      effectiveOn: '2019-01-31',
      mergedAt: AT,
    },
  },
  {
    type: 'TargetSplit',
    data: {
      targetId: target,
      successorIds: [id(), id()],
      reason: '拆分',
      effectiveOn: '2019-01-31',
      splitAt: AT,
    },
  },
  {
    type: 'TermPlanAdopted',
    data: {
      termPlanId: plan,
      name: '四届市委巡察规划',
      jurisdiction: '611000',
      window,
      targetIds: [target],
      adoptedAt: AT,
      ...coverage,
    },
  },
  {
    type: 'TermPlanScopeAdjusted',
    data: {
      termPlanId: plan,
      addedTargetIds: [other],
      droppedTargetIds: [],
      reason: '改革',
      adjustedAt: AT,
      ...coverage,
    },
  },
  {
    type: 'TermPlanTargetInspected',
    data: {
      termPlanId: plan,
      targetId: target,
      inspectionId: id(),
      roundId: round,
      inspectedAt: AT,
      ...coverage,
    },
  },
  {
    type: 'RoundLaunched',
    data: {
      roundId: round,
      termPlanId: plan,
      jurisdiction: '611000',
      ordinal: 10,
      kind: 'special',
      modes: ['cross'],
      theme: '粮食购销',
      window: { from: '2026-03-09', to: '2026-06-30' },
      teams: [
        {
          teamId: id(),
          leaderId: id(),
          deputyIds: [id()],
          liaisonId: id(),
          memberIds: [],
          targets: [
            {
              targetId: target,
              targetName: '商洛市财政局',
              category: 'government-department',
              tier: 'city',
              jurisdiction: '611000',
              headcount: 86,
            },
          ],
        },
      ],
      deadlines: DEFAULT_DEADLINES,
      catalog: SHIPPED_CATALOGS[1],
      launchedAt: AT,
    },
  },
  { type: 'RoundClosed', data: { roundId: round, termPlanId: plan, closedAt: AT } },
];

const recorded = (event: { type: string; data: unknown }) =>
  ({
    ...event,
    id: id(),
    schemaVersion: PLANNING_EVENT_SCHEMAS.versionOf(event.type),
    occurredAt: AT,
    metadata: { actor: 'a', correlationId: 'c' },
    streamId: 's',
    revision: 0,
    globalPosition: 1,
  }) as RecordedEvent;

describe('planning integration mapper', () => {
  it.each(events.map((event) => [event.type, event] as const))(
    'maps %s to contract-valid payloads',
    (_type, event) => {
      const outgoing = planningMapper(recorded(event));
      expect(outgoing.length).toBeGreaterThan(0);
      for (const message of outgoing) {
        expect(findIntegrationEvent(message.type)?.topic).toBe(message.topic);
        expect(validateIntegrationPayload(message.type, message.data)).toEqual([]);
        expect(JSON.stringify(message.data)).not.toContain('张三');
      }
    },
  );

  it('publishes coverage whenever it moves, and nothing for internal events', () => {
    const types = (event: { type: string; data: unknown }) =>
      planningMapper(recorded(event)).map((m) => m.type);
    expect(types(events[5])).toContain('xuncha.planning.TermPlanCoverageChanged.v1');
    expect(types(events[6])).toContain('xuncha.planning.TermPlanCoverageChanged.v1');
    expect(types(events[7])).toEqual(['xuncha.planning.TermPlanCoverageChanged.v1']);
    expect(types({ type: 'TeamFormed', data: {} })).toEqual([]);
    expect(types({ type: 'CadreRegistered', data: {} })).toEqual([]);
  });

  it('sends a round out with its catalog version, the three focuses for one launched before (v1)', () => {
    const launched = events.find((event) => event.type === 'RoundLaunched')!;
    const catalogOf = (event: RecordedEvent) =>
      (planningMapper(event)[0].data as { catalog: { version: string } }).catalog.version;
    expect(catalogOf(recorded(launched))).toBe('six-surrounds-one-strengthen-v1');
    const v1 = omit(launched.data as { catalog: unknown }, 'catalog');
    const old = { ...recorded({ type: 'RoundLaunched', data: v1 }), schemaVersion: 1 };
    expect(catalogOf(old)).toBe('three-focuses-2022');
    expect(
      validateIntegrationPayload('xuncha.planning.RoundLaunched.v1', planningMapper(old)[0].data),
    ).toEqual([]);
  });
});

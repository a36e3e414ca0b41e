import { AggregateNotFound, RuleViolation, givenDecider } from '@xuncha/platform-kernel';
import type { TargetFacts } from '../target/target.decider';
import { coverageWarnings } from './coverage-warnings';
import { termPlanDecider, type TermPlanEvent } from './term-plan.decider';

const AT = '2026-01-05T09:00:00+08:00';
const window = { from: '2021-09-01', to: '2026-08-31' };
const active = (id: string, jurisdiction = '611000'): TargetFacts => ({
  id,
  jurisdiction,
  status: 'active',
});
const drafted: TermPlanEvent = {
  type: 'TermPlanDrafted',
  data: {
    termPlanId: 'p',
    name: '四届市委巡察规划',
    jurisdiction: '611000',
    window,
    targetIds: ['a', 'b'],
    draftedAt: AT,
  },
};
const adopted: TermPlanEvent = {
  type: 'TermPlanAdopted',
  data: {
    termPlanId: 'p',
    name: '四届市委巡察规划',
    jurisdiction: '611000',
    window,
    targetIds: ['a', 'b'],
    adoptedAt: AT,
    inScope: 2,
    inspected: 0,
    rate: 0,
  },
};
const inspectedA: TermPlanEvent = {
  type: 'TermPlanTargetInspected',
  data: {
    termPlanId: 'p',
    targetId: 'a',
    inspectionId: 'i1',
    roundId: 'r1',
    inspectedAt: AT,
    inScope: 2,
    inspected: 1,
    rate: 0.5,
  },
};
const plan = givenDecider(termPlanDecider);
const draft = (targetIds: string[], targets = targetIds.map((id) => active(id))) => ({
  type: 'DraftTermPlan' as const,
  id: 'p',
  at: AT,
  name: '四届市委巡察规划',
  jurisdiction: '611000',
  window,
  targetIds,
  targets,
});
const record = (targetId: string) => ({
  type: 'RecordTargetInspected' as const,
  id: 'p',
  targetId,
  inspectionId: 'i1',
  roundId: 'r1',
  countsTowardCoverage: true,
  at: AT,
});

describe('term plan decider', () => {
  it('drafts a plan over registered, active targets of its jurisdiction', () => {
    plan
      .given()
      .when(draft(['a', 'b']))
      .then(drafted);
    plan
      .given()
      .when(draft(['a', 'x'], [active('a')]))
      .thenThrows(RuleViolation, 'target-unknown');
    plan
      .given()
      .when(draft(['a'], [{ ...active('a'), status: 'retired' }]))
      .thenThrows(RuleViolation, 'target-retired');
    plan
      .given()
      .when(draft(['a'], [active('a', '610100')]))
      .thenThrows(RuleViolation, 'target-outside-jurisdiction');
  });
  it('adopts once, with a scope', () => {
    plan.given(drafted).when({ type: 'AdoptTermPlan', id: 'p', at: AT }).then(adopted);
    plan
      .given(drafted, adopted)
      .when({ type: 'AdoptTermPlan', id: 'p', at: AT })
      .thenThrows(RuleViolation, 'term-plan-already-adopted');
    plan
      .given({ ...drafted, data: { ...drafted.data, targetIds: [] } } as TermPlanEvent)
      .when({ type: 'AdoptTermPlan', id: 'p', at: AT })
      .thenThrows(RuleViolation, 'term-plan-scope-empty');
  });
  it('adjusts the scope mid-term with a reason, and says the coverage after', () => {
    const adjust = {
      type: 'AdjustTermPlanScope' as const,
      id: 'p',
      at: AT,
      reason: '机构改革',
      targets: [active('c'), active('d')],
    };
    plan
      .given(drafted, adopted, inspectedA)
      .when({ ...adjust, addedTargetIds: ['c', 'd'], droppedTargetIds: ['b'] })
      .then({
        type: 'TermPlanScopeAdjusted',
        data: {
          termPlanId: 'p',
          addedTargetIds: ['c', 'd'],
          droppedTargetIds: ['b'],
          reason: '机构改革',
          adjustedAt: AT,
          inScope: 3,
          inspected: 1,
          rate: 0.3333,
        },
      });
    plan
      .given(drafted)
      .when({ ...adjust, addedTargetIds: ['c'], droppedTargetIds: [] })
      .thenThrows(RuleViolation, 'term-plan-not-adopted');
    plan
      .given(drafted, adopted)
      .when({ ...adjust, addedTargetIds: [], droppedTargetIds: ['z'] })
      .thenThrows(RuleViolation, 'target-not-in-scope');
    plan
      .given(drafted, adopted)
      .when({ ...adjust, addedTargetIds: ['a'], droppedTargetIds: [] })
      .thenThrows(RuleViolation, 'target-already-in-scope');
    plan
      .given(drafted, adopted)
      .when({ ...adjust, addedTargetIds: [], droppedTargetIds: [] })
      .thenThrows(RuleViolation, 'scope-adjustment-empty');
  });
  it('sets an annual plan within the term and the scope', () => {
    const annual = { type: 'SetAnnualPlan' as const, id: 'p', at: AT, title: '2026年度巡察计划' };
    plan
      .given(drafted, adopted)
      .when({ ...annual, year: 2026, targetIds: ['a'] })
      .then({
        type: 'AnnualPlanSet',
        data: {
          termPlanId: 'p',
          year: 2026,
          title: '2026年度巡察计划',
          targetIds: ['a'],
          setAt: AT,
        },
      });
    plan
      .given(drafted, adopted)
      .when({ ...annual, year: 2027, targetIds: ['a'] })
      .thenThrows(RuleViolation, 'annual-plan-outside-term');
    plan
      .given(drafted, adopted)
      .when({ ...annual, year: 2026, targetIds: ['z'] })
      .thenThrows(RuleViolation, 'target-not-in-scope');
  });
  it('counts a target of the scope inspected once; others change nothing', () => {
    plan.given(drafted, adopted).when(record('a')).then(inspectedA);
    plan.given(drafted, adopted, inspectedA).when(record('a')).then();
    plan.given(drafted, adopted).when(record('outside')).then();
    plan.given(drafted).when(record('a')).then();
    // A round that does not count toward full coverage (a special round, by default).
    plan
      .given(drafted, adopted)
      .when({ ...record('a'), countsTowardCoverage: false })
      .then();
    plan.given().when(record('a')).thenThrows(AggregateNotFound);
  });
});

describe('coverage warnings', () => {
  const scope = {
    window: { from: '2024-01-01', to: '2024-12-31' },
    targetIds: ['a', 'b', 'c', 'd', 'e'],
  };
  const done = (targetId: string) => ({
    targetId,
    inspectionId: 'i',
    roundId: 'r',
    inspectedAt: AT,
  });

  it('lists the targets the pace so far cannot cover, unscheduled ones first', () => {
    // One target in 182 days: about one more in the 184 days left, three short.
    const warnings = coverageWarnings({ ...scope, inspected: [done('a')] }, '2024-07-01', ['b']);
    expect(warnings).toMatchObject({
      daysElapsed: 182,
      daysLeft: 184,
      missing: 4,
      coverableAtPace: 1,
      shortfall: 3,
    });
    expect(warnings.atRisk).toEqual(['c', 'd', 'e']);
  });
  it('is empty when the pace covers the rest', () => {
    const warnings = coverageWarnings(
      { ...scope, inspected: ['a', 'b', 'c'].map(done) },
      '2024-03-01',
      [],
    );
    expect(warnings.shortfall).toBe(0);
    expect(warnings.atRisk).toEqual([]);
  });
});

import { AggregateNotFound, RuleViolation, givenDecider } from '@xuncha/platform-kernel';
import { targetDecider, type TargetEvent, type TargetProfileData } from './target.decider';

const AT = '2026-01-05T09:00:00+08:00';
const profile: TargetProfileData = {
  name: '商洛市财政局',
  category: 'government-department',
  tier: 'city',
  jurisdiction: '611000',
  headcount: 86,
  leader: '张三',
};
const registered: TargetEvent = {
  type: 'TargetRegistered',
  data: { targetId: 't1', registeredAt: AT, ...profile },
};
const retired: TargetEvent = {
  type: 'TargetRetired',
  data: { targetId: 't1', reason: '机构改革', effectiveOn: '2019-01-31', retiredAt: AT },
};
const target = givenDecider(targetDecider);
const town = { id: 'town', jurisdiction: '611002001', status: 'active' as const };

describe('target decider', () => {
  it('registers a target', () => {
    target
      .given()
      .when({ type: 'RegisterTarget', id: 't1', at: AT, ...profile })
      .then(registered);
  });
  it('registers a village under its township', () => {
    const village = {
      ...profile,
      category: 'village' as const,
      tier: 'village' as const,
      jurisdiction: '611002001001',
      parentId: 'town',
    };
    target
      .given()
      .when({ type: 'RegisterTarget', id: 'v1', at: AT, parent: town, ...village })
      .then({ type: 'TargetRegistered', data: { targetId: 'v1', registeredAt: AT, ...village } });
  });
  it('refuses a parent unknown, retired or outside', () => {
    const village = { ...profile, jurisdiction: '611002001001', parentId: 'town' };
    target
      .given()
      .when({ type: 'RegisterTarget', id: 'v1', at: AT, ...village })
      .thenThrows(RuleViolation, 'target-unknown');
    target
      .given()
      .when({
        type: 'RegisterTarget',
        id: 'v1',
        at: AT,
        parent: { ...town, status: 'retired' },
        ...village,
      })
      .thenThrows(RuleViolation, 'target-retired');
    target
      .given()
      .when({
        type: 'RegisterTarget',
        id: 'v1',
        at: AT,
        parent: town,
        ...village,
        jurisdiction: '611021001001',
      })
      .thenThrows(RuleViolation, 'target-parent-jurisdiction');
  });
  it('refuses registering twice', () => {
    target
      .given(registered)
      .when({ type: 'RegisterTarget', id: 't1', at: AT, ...profile })
      .thenThrows(RuleViolation, 'target-already-registered');
  });
  it('updates the profile, carrying the whole profile', () => {
    target
      .given(registered)
      .when({
        type: 'UpdateTargetProfile',
        id: 't1',
        at: AT,
        changes: { headcount: 90, leader: '李四' },
      })
      .then({
        type: 'TargetProfileUpdated',
        data: { targetId: 't1', updatedAt: AT, ...profile, headcount: 90, leader: '李四' },
      });
  });
  it('retires a target; a retired target changes no more', () => {
    target
      .given(registered)
      .when({
        type: 'RetireTarget',
        id: 't1',
        at: AT,
        reason: '机构改革',
        effectiveOn: '2019-01-31',
      })
      .then(retired);
    target
      .given(registered, retired)
      .when({ type: 'UpdateTargetProfile', id: 't1', at: AT, changes: { headcount: 1 } })
      .thenThrows(RuleViolation, 'target-retired');
  });
  it('merges active targets into the one that remains', () => {
    const merge = {
      type: 'MergeTargets' as const,
      id: 't1',
      at: AT,
      reason: '改革',
      effectiveOn: '2019-01-31',
    };
    target
      .given(registered)
      .when({ ...merge, merged: [{ id: 't2', jurisdiction: '611000', status: 'active' }] })
      .then({
        type: 'TargetsMerged',
        data: {
          targetId: 't1',
          mergedTargetIds: ['t2'],
          reason: '改革',
          effectiveOn: '2019-01-31',
          mergedAt: AT,
        },
      });
    target
      .given(registered)
      .when({ ...merge, merged: [{ id: 't2', jurisdiction: '611000', status: 'retired' }] })
      .thenThrows(RuleViolation, 'target-retired');
    target
      .given(registered)
      .when({ ...merge, merged: [{ id: 't1', jurisdiction: '611000', status: 'active' }] })
      .thenThrows(RuleViolation, 'target-merge-invalid');
  });
  it('retires an absorbed target', () => {
    const absorbed = targetDecider.decide(
      {
        type: 'AbsorbTarget',
        id: 't1',
        at: AT,
        intoTargetId: 't9',
        reason: '改革',
        effectiveOn: '2019-01-31',
      },
      targetDecider.evolve(targetDecider.initialState(), registered),
    );
    target
      .given(registered, ...absorbed)
      .when({ type: 'RetireTarget', id: 't1', at: AT, reason: 'x', effectiveOn: '2019-01-31' })
      .thenThrows(RuleViolation, 'target-retired');
  });
  it('splits a target into at least two successors', () => {
    const split = {
      type: 'SplitTarget' as const,
      id: 't1',
      at: AT,
      reason: '分设',
      effectiveOn: '2019-01-31',
    };
    const successors = ['s1', 's2'].map((id) => ({
      id,
      jurisdiction: '611000',
      status: 'active' as const,
    }));
    target
      .given(registered)
      .when({ ...split, successors })
      .then({
        type: 'TargetSplit',
        data: {
          targetId: 't1',
          successorIds: ['s1', 's2'],
          reason: '分设',
          effectiveOn: '2019-01-31',
          splitAt: AT,
        },
      });
    target
      .given(registered)
      .when({ ...split, successors: successors.slice(0, 1) })
      .thenThrows(RuleViolation, 'target-split-invalid');
  });
  it('answers not found for a target never registered', () => {
    target
      .given()
      .when({ type: 'RetireTarget', id: 't1', at: AT, reason: 'x', effectiveOn: '2019-01-31' })
      .thenThrows(AggregateNotFound);
  });
});

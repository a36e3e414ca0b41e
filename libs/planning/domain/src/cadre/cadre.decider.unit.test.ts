import { AggregateNotFound, RuleViolation, givenDecider } from '@xuncha/platform-kernel';
import { cadreDecider, type CadreEvent } from './cadre.decider';

const AT = '2026-01-05T09:00:00+08:00';
const profile = {
  name: '王五',
  jurisdiction: '611000',
  homeUnitId: 'audit',
  pools: ['leader' as const],
  expertise: ['审计'],
};
const registered: CadreEvent = {
  type: 'CadreRegistered',
  data: { cadreId: 'c1', registeredAt: AT, ...profile },
};
const declared: CadreEvent = {
  type: 'CadreConflictDeclared',
  data: { cadreId: 'c1', targetId: 't1', reason: '曾在该单位任职', declaredAt: AT },
};
const cadre = givenDecider(cadreDecider);

describe('cadre decider', () => {
  it('registers a cadre in pools with expertise and home unit', () => {
    cadre
      .given()
      .when({ type: 'RegisterCadre', id: 'c1', at: AT, ...profile })
      .then(registered);
    cadre
      .given(registered)
      .when({ type: 'RegisterCadre', id: 'c1', at: AT, ...profile })
      .thenThrows(RuleViolation, 'cadre-already-registered');
  });
  it('updates pools and expertise', () => {
    cadre
      .given(registered)
      .when({ type: 'UpdateCadre', id: 'c1', at: AT, changes: { pools: ['leader', 'talent'] } })
      .then({
        type: 'CadreUpdated',
        data: { cadreId: 'c1', updatedAt: AT, pools: ['leader', 'talent'] },
      });
  });
  it('declares a conflict (回避) once', () => {
    const declare = {
      type: 'DeclareConflict' as const,
      id: 'c1',
      at: AT,
      targetId: 't1',
      reason: '曾在该单位任职',
    };
    cadre.given(registered).when(declare).then(declared);
    cadre.given(registered, declared).when(declare).then();
  });
  it('answers not found for a cadre never registered', () => {
    cadre
      .given()
      .when({ type: 'UpdateCadre', id: 'c1', at: AT, changes: {} })
      .thenThrows(AggregateNotFound);
  });
});

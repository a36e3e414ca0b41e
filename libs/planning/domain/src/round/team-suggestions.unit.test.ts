import type { CadreFacts } from '../cadre/cadre.decider';
import { suggestTeam } from './team-suggestions';

const cadre = (id: string, extra: Partial<CadreFacts> = {}): CadreFacts => ({
  id,
  jurisdiction: '611000',
  pools: ['talent'],
  expertise: [],
  conflicts: [],
  ...extra,
});

describe('team suggestions', () => {
  const targets = [
    { id: 'village', jurisdiction: '611002001001', status: 'active' as const, parentId: 'town' },
  ];

  it('proposes leaders from the leader pool and members by expertise, leaving out who the rules refuse', () => {
    const suggestion = suggestTeam({
      modes: ['cross'],
      targets,
      candidates: [
        cadre('lead-a', { pools: ['leader'], jurisdiction: '611021', expertise: ['审计'] }),
        cadre('lead-b', { pools: ['leader'], jurisdiction: '611022' }),
        cadre('finance', { jurisdiction: '611021', expertise: ['财务', '审计'] }),
        cadre('plain', { jurisdiction: '611021' }),
        cadre('home', { jurisdiction: '611021', homeUnitId: 'town' }),
        cadre('recused', {
          jurisdiction: '611021',
          conflicts: [{ targetId: 'village', reason: '亲属' }],
        }),
        cadre('own-county', { jurisdiction: '611002' }),
        cadre('busy', { jurisdiction: '611021' }),
      ],
      busyCadreIds: ['busy'],
      expertise: ['财务', '审计'],
      members: 2,
    });
    expect(suggestion.leaders.map((s) => s.cadreId)).toEqual(['lead-a', 'lead-b']);
    expect(suggestion.members).toEqual([
      { cadreId: 'finance', matchedExpertise: ['财务', '审计'] },
      { cadreId: 'plain', matchedExpertise: [] },
    ]);
    expect(suggestion.excluded).toEqual([
      { cadreId: 'home', rule: 'cadre-home-unit-conflict' },
      { cadreId: 'recused', rule: 'cadre-declared-conflict' },
      { cadreId: 'own-county', rule: 'cross-inspection-own-jurisdiction' },
      { cadreId: 'busy', rule: 'cadre-team-overlap' },
    ]);
  });
});

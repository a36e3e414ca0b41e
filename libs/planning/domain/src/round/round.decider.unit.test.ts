import { AggregateNotFound, RuleViolation, givenDecider } from '@xuncha/platform-kernel';
import type { CadreFacts } from '../cadre/cadre.decider';
import { DEFAULT_COVERING_KINDS } from '../coverage-rules/coverage-rules.decider';
import { DEFAULT_DEADLINES } from '../deadlines/deadlines.decider';
import {
  DEFAULT_CATALOG_VERSION,
  SHIPPED_CATALOGS,
  shippedCatalog,
} from '../focus-catalog/focus-catalog';
import {
  roundCountsTowardCoverage,
  roundDecider,
  type RoundCommand,
  type RoundEvent,
  type TeamFacts,
} from './round.decider';

const AT = '2026-03-01T09:00:00+08:00';
const ROUND = 'round-10';
const termPlan = {
  status: 'adopted' as const,
  jurisdiction: '611000',
  window: { from: '2021-09-01', to: '2026-08-31' },
};
const cadre = (id: string, extra: Partial<CadreFacts> = {}): CadreFacts => ({
  id,
  jurisdiction: '611000',
  pools: ['leader', 'talent'],
  expertise: [],
  conflicts: [],
  ...extra,
});
const facts = (extra: Partial<TeamFacts> = {}): TeamFacts => ({
  cadres: ['lead', 'dep', 'liaison', 'm1'].map((id) => cadre(id)),
  targets: [
    { id: 'finance', jurisdiction: '611000', status: 'active' },
    { id: 'village', jurisdiction: '611002001001', status: 'active', parentId: 'town' },
    { id: 'county-unit', jurisdiction: '611002', status: 'active' },
  ],
  inspectedInTerm: [],
  overlappingRounds: [],
  ...extra,
});
const team = {
  teamId: 'team-1',
  leaderId: 'lead',
  deputyIds: ['dep'],
  liaisonId: 'liaison',
  memberIds: ['m1'],
  targetIds: ['finance'],
};

const planned = (extra: Partial<Extract<RoundEvent, { type: 'RoundPlanned' }>['data']> = {}) =>
  ({
    type: 'RoundPlanned',
    data: {
      roundId: ROUND,
      termPlanId: 'plan',
      jurisdiction: '611000',
      ordinal: 10,
      kind: 'regular',
      modes: [],
      window: { from: '2026-03-09', to: '2026-06-30' },
      plannedAt: AT,
      ...extra,
    },
  }) as RoundEvent;
const formed: RoundEvent = { type: 'TeamFormed', data: { roundId: ROUND, formedAt: AT, ...team } };
const approved: RoundEvent = { type: 'RoundApproved', data: { roundId: ROUND, approvedAt: AT } };
const launch: RoundCommand = {
  type: 'LaunchRound',
  id: ROUND,
  at: AT,
  deadlines: DEFAULT_DEADLINES,
  catalog: shippedCatalog(DEFAULT_CATALOG_VERSION)!,
  coveringKinds: DEFAULT_COVERING_KINDS,
  targets: [
    {
      targetId: 'finance',
      targetName: '商洛市财政局',
      category: 'government-department',
      tier: 'city',
      jurisdiction: '611000',
      headcount: 86,
    },
  ],
};
const formTeam = (
  extra: Partial<typeof team> = {},
  factsExtra: Partial<TeamFacts> = {},
  overlapOverride?: { reason: string },
): RoundCommand => ({
  type: 'FormTeam',
  id: ROUND,
  at: AT,
  team: { ...team, ...extra },
  facts: facts(factsExtra),
  ...(overlapOverride && { overlapOverride }),
});
const round = givenDecider(roundDecider);

describe('round decider', () => {
  describe('planning a round', () => {
    const plan = (extra: Partial<Extract<RoundCommand, { type: 'PlanRound' }>> = {}) =>
      ({
        type: 'PlanRound',
        id: ROUND,
        at: AT,
        termPlanId: 'plan',
        ordinal: 10,
        kind: 'regular',
        modes: [],
        window: { from: '2026-03-09', to: '2026-06-30' },
        termPlan,
        ...extra,
      }) as RoundCommand;

    it('plans a draft round in the term plan jurisdiction', () => {
      round.given().when(plan()).then(planned());
    });
    it('refuses a round on a term plan not adopted', () => {
      round
        .given()
        .when(plan({ termPlan: { ...termPlan, status: 'draft' } }))
        .thenThrows(RuleViolation, 'term-plan-not-adopted');
    });
    it('refuses a window outside the term', () => {
      round
        .given()
        .when(plan({ window: { from: '2026-08-01', to: '2026-09-30' } }))
        .thenThrows(RuleViolation, 'round-outside-term');
    });
    it('requires a theme for a special round', () => {
      round
        .given()
        .when(plan({ kind: 'special' }))
        .thenThrows(RuleViolation, 'special-round-theme-required');
    });
  });

  describe('forming a team', () => {
    it('records the team', () => {
      round.given(planned()).when(formTeam()).then(formed);
    });
    it('refuses a leader outside the leader pool (组长库)', () => {
      round
        .given(planned())
        .when(
          formTeam(
            {},
            {
              cadres: [
                cadre('lead', { pools: ['talent'] }),
                cadre('dep'),
                cadre('liaison'),
                cadre('m1'),
              ],
            },
          ),
        )
        .thenThrows(RuleViolation, 'team-leader-not-in-leader-pool');
    });
    it('refuses a cadre inspecting their home unit, or its villages', () => {
      round
        .given(planned())
        .when(
          formTeam(
            {},
            {
              cadres: [
                cadre('lead'),
                cadre('dep'),
                cadre('liaison'),
                cadre('m1', { homeUnitId: 'finance' }),
              ],
            },
          ),
        )
        .thenThrows(RuleViolation, 'cadre-home-unit-conflict');
      round
        .given(planned())
        .when(
          formTeam(
            { targetIds: ['village'] },
            {
              cadres: [
                cadre('lead', { homeUnitId: 'town' }),
                cadre('dep'),
                cadre('liaison'),
                cadre('m1'),
              ],
            },
          ),
        )
        .thenThrows(RuleViolation, 'cadre-home-unit-conflict');
    });
    it('refuses a cadre with a declared conflict (回避)', () => {
      const conflicted = cadre('dep', { conflicts: [{ targetId: 'finance', reason: '配偶任职' }] });
      round
        .given(planned())
        .when(formTeam({}, { cadres: [cadre('lead'), conflicted, cadre('liaison'), cadre('m1')] }))
        .thenThrows(RuleViolation, 'cadre-declared-conflict');
    });
    it('refuses a cadre on another team whose window overlaps', () => {
      round
        .given(planned())
        .when(
          formTeam(
            {},
            {
              overlappingRounds: [
                {
                  roundId: 'round-9',
                  ordinal: 9,
                  window: { from: '2026-02-01', to: '2026-03-10' },
                  targetIds: [],
                  cadreIds: ['m1'],
                },
              ],
            },
          ),
        )
        .thenThrows(RuleViolation, 'cadre-team-overlap');
      round
        .given(planned(), formed)
        .when(formTeam({ teamId: 'team-2', targetIds: ['county-unit'] }))
        .thenThrows(RuleViolation, 'cadre-team-overlap');
    });
    it('refuses one cadre in two places of a team', () => {
      round
        .given(planned())
        .when(formTeam({ memberIds: ['dep'] }))
        .thenThrows(RuleViolation, 'team-cadre-repeated');
    });
    it('refuses unknown cadres and targets, retired targets and targets outside the jurisdiction', () => {
      round
        .given(planned())
        .when(formTeam({ memberIds: ['ghost'] }))
        .thenThrows(RuleViolation, 'cadre-unknown');
      round
        .given(planned())
        .when(formTeam({ targetIds: ['ghost'] }))
        .thenThrows(RuleViolation, 'target-unknown');
      round
        .given(planned())
        .when(
          formTeam({}, { targets: [{ id: 'finance', jurisdiction: '611000', status: 'retired' }] }),
        )
        .thenThrows(RuleViolation, 'target-retired');
      round
        .given(planned())
        .when(
          formTeam({}, { targets: [{ id: 'finance', jurisdiction: '610100', status: 'active' }] }),
        )
        .thenThrows(RuleViolation, 'target-outside-jurisdiction');
    });
    it('refuses a target another team of the round already has', () => {
      const others = { leaderId: 'a', deputyIds: [], liaisonId: 'b', memberIds: [] };
      round
        .given(planned(), formed)
        .when(formTeam({ teamId: 'team-2', ...others }, { cadres: [cadre('a'), cadre('b')] }))
        .thenThrows(RuleViolation, 'target-already-in-round');
    });
    it('refuses a cross-inspection team inspecting its own jurisdiction (交叉巡察)', () => {
      const county = [
        cadre('lead', { jurisdiction: '611002' }),
        cadre('dep'),
        cadre('liaison'),
        cadre('m1'),
      ];
      round
        .given(planned({ modes: ['cross'] }))
        .when(formTeam({ targetIds: ['village'] }, { cadres: county }))
        .thenThrows(RuleViolation, 'cross-inspection-own-jurisdiction');
    });
    it('accepts a cross-inspection team from another county', () => {
      const county = ['lead', 'dep', 'liaison', 'm1'].map((id) =>
        cadre(id, { jurisdiction: '611021' }),
      );
      round
        .given(planned({ modes: ['cross'] }))
        .when(formTeam({ targetIds: ['village'] }, { cadres: county }))
        .then({
          type: 'TeamFormed',
          data: { roundId: ROUND, formedAt: AT, ...team, targetIds: ['village'] },
        });
    });
    it('refuses a follow-up round on a target not inspected this term (回头看)', () => {
      round
        .given(planned({ kind: 'follow-up' }))
        .when(formTeam())
        .thenThrows(RuleViolation, 'follow-up-target-not-inspected');
      round
        .given(planned({ kind: 'follow-up' }))
        .when(formTeam({}, { inspectedInTerm: ['finance'] }))
        .then(formed);
    });

    describe('the same target in two rounds whose windows overlap', () => {
      const overlapping = {
        overlappingRounds: [
          {
            roundId: 'round-9',
            ordinal: 9,
            window: { from: '2026-02-01', to: '2026-03-10' },
            targetIds: ['finance'],
            cadreIds: [],
          },
        ],
      };
      it('is refused', () => {
        round
          .given(planned())
          .when(formTeam({}, overlapping))
          .thenThrows(RuleViolation, 'round-window-overlap');
      });
      it('is refused with a blank reason', () => {
        round
          .given(planned())
          .when(formTeam({}, overlapping, { reason: '  ' }))
          .thenThrows(RuleViolation, 'round-window-overlap');
      });
      it('is allowed with a written reason, which is kept', () => {
        round
          .given(planned())
          .when(formTeam({}, overlapping, { reason: '专项巡察与常规巡察统筹安排' }))
          .then({
            type: 'TeamFormed',
            data: {
              roundId: ROUND,
              formedAt: AT,
              ...team,
              overlapOverride: { reason: '专项巡察与常规巡察统筹安排', roundIds: ['round-9'] },
            },
          });
      });
    });

    it('refuses editing a launched round', () => {
      const launched = roundDecider.decide(
        launch,
        [planned(), formed, approved].reduce(roundDecider.evolve, roundDecider.initialState()),
      );
      round
        .given(planned(), formed, approved, ...launched)
        .when(formTeam())
        .thenThrows(RuleViolation, 'round-already-launched');
      round
        .given(planned(), formed, approved, ...launched)
        .when({ type: 'DisbandTeam', id: ROUND, at: AT, teamId: 'team-1' })
        .thenThrows(RuleViolation, 'round-already-launched');
    });
    it('re-forming a team of an approved round sends it back for approval', () => {
      round
        .given(planned(), formed, approved, formed)
        .when(launch)
        .thenThrows(RuleViolation, 'round-not-approved');
    });
    it('disbands a team; an unknown team is not found', () => {
      round
        .given(planned(), formed)
        .when({ type: 'DisbandTeam', id: ROUND, at: AT, teamId: 'team-1' })
        .then({
          type: 'TeamDisbanded',
          data: { roundId: ROUND, teamId: 'team-1', disbandedAt: AT },
        });
      round
        .given(planned())
        .when({ type: 'DisbandTeam', id: ROUND, at: AT, teamId: 'team-1' })
        .thenThrows(AggregateNotFound);
    });
  });

  describe('approve, launch, close', () => {
    it('approves a round with teams, once', () => {
      round
        .given(planned(), formed)
        .when({ type: 'ApproveRound', id: ROUND, at: AT })
        .then(approved);
      round
        .given(planned())
        .when({ type: 'ApproveRound', id: ROUND, at: AT })
        .thenThrows(RuleViolation, 'round-without-teams');
      round
        .given(planned(), formed, approved)
        .when({ type: 'ApproveRound', id: ROUND, at: AT })
        .thenThrows(RuleViolation, 'round-already-approved');
    });
    it('refuses launching an unapproved round', () => {
      round.given(planned(), formed).when(launch).thenThrows(RuleViolation, 'round-not-approved');
    });
    it('launches with teams, target profiles and deadlines', () => {
      round
        .given(planned(), formed, approved)
        .when(launch)
        .then({
          type: 'RoundLaunched',
          data: {
            roundId: ROUND,
            termPlanId: 'plan',
            jurisdiction: '611000',
            ordinal: 10,
            kind: 'regular',
            modes: [],
            window: { from: '2026-03-09', to: '2026-06-30' },
            teams: [
              {
                teamId: 'team-1',
                leaderId: 'lead',
                deputyIds: ['dep'],
                liaisonId: 'liaison',
                memberIds: ['m1'],
                targets: launch.type === 'LaunchRound' ? launch.targets : [],
              },
            ],
            deadlines: DEFAULT_DEADLINES,
            catalog: shippedCatalog(DEFAULT_CATALOG_VERSION)!,
            countsTowardCoverage: true,
            launchedAt: AT,
          },
        });
    });
    it('fixes at launch whether it counts toward full coverage: regular rounds by default', () => {
      const counts = (kind: 'regular' | 'special', coveringKinds = DEFAULT_COVERING_KINDS) => {
        const [event] = roundDecider.decide(
          { ...launch, coveringKinds } as RoundCommand,
          [planned({ kind }), formed, approved].reduce(
            roundDecider.evolve,
            roundDecider.initialState(),
          ),
        );
        return event.type === 'RoundLaunched' && event.data.countsTowardCoverage;
      };
      expect(counts('regular')).toBe(true);
      expect(counts('special')).toBe(false);
      expect(counts('special', ['regular', 'special'])).toBe(true);
      // Rounds launched before the flag travelled: regular only.
      expect(roundCountsTowardCoverage({ kind: 'special' })).toBe(false);
      expect(roundCountsTowardCoverage({ kind: 'regular' })).toBe(true);
    });
    it('refuses launching twice', () => {
      const launched = roundDecider.decide(
        launch,
        [planned(), formed, approved].reduce(roundDecider.evolve, roundDecider.initialState()),
      );
      round
        .given(planned(), formed, approved, ...launched)
        .when(launch)
        .thenThrows(RuleViolation, 'round-already-launched');
    });
    it('closes a launched round only', () => {
      const launched = roundDecider.decide(
        launch,
        [planned(), formed, approved].reduce(roundDecider.evolve, roundDecider.initialState()),
      );
      round
        .given(planned(), formed, approved, ...launched)
        .when({ type: 'CloseRound', id: ROUND, at: AT })
        .then({ type: 'RoundClosed', data: { roundId: ROUND, termPlanId: 'plan', closedAt: AT } });
      round
        .given(planned(), formed)
        .when({ type: 'CloseRound', id: ROUND, at: AT })
        .thenThrows(RuleViolation, 'round-not-launched');
    });
    it('answers not found for a round never planned', () => {
      round.given().when({ type: 'ApproveRound', id: ROUND, at: AT }).thenThrows(AggregateNotFound);
    });
  });

  describe('focus catalog of the round (监督重点清单)', () => {
    const sixSurrounds = SHIPPED_CATALOGS[1];
    const chosen: RoundEvent = {
      type: 'RoundCatalogChosen',
      data: { roundId: ROUND, catalogVersion: sixSurrounds.version, chosenAt: AT },
    };
    const choose = (catalogVersion: string, jurisdiction?: string): RoundCommand => ({
      type: 'ChooseRoundCatalog',
      id: ROUND,
      at: AT,
      catalogVersion,
      catalog: { version: catalogVersion, ...(jurisdiction && { jurisdiction }) },
    });

    it('is chosen when planned, or later while the round is editable', () => {
      round
        .given()
        .when({
          type: 'PlanRound',
          id: ROUND,
          at: AT,
          termPlanId: 'plan',
          ordinal: 10,
          kind: 'regular',
          modes: [],
          window: { from: '2026-03-09', to: '2026-06-30' },
          termPlan,
          catalogChoice: {
            catalogVersion: sixSurrounds.version,
            catalog: { version: sixSurrounds.version },
          },
        })
        .then(planned(), chosen);
      round.given(planned(), formed).when(choose(sixSurrounds.version)).then(chosen);
      round.given(planned(), chosen).when(choose(sixSurrounds.version)).then();
    });

    it('is a version that was issued, for the jurisdiction or above', () => {
      round
        .given(planned())
        .when({ type: 'ChooseRoundCatalog', id: ROUND, at: AT, catalogVersion: 'nowhere-v1' })
        .thenThrows(RuleViolation, 'catalog-version-unknown');
      round
        .given(planned())
        .when(choose('shaanxi-v1', '610000'))
        .then({
          type: 'RoundCatalogChosen',
          data: { roundId: ROUND, catalogVersion: 'shaanxi-v1', chosenAt: AT },
        });
      round
        .given(planned())
        .when(choose('county-v1', '611002'))
        .thenThrows(RuleViolation, 'catalog-outside-jurisdiction');
    });

    it('is fixed once the round is launched', () => {
      const launched = roundDecider.decide(
        launch,
        [planned(), formed, approved].reduce(roundDecider.evolve, roundDecider.initialState()),
      );
      round
        .given(planned(), formed, approved, ...launched)
        .when(choose(sixSurrounds.version))
        .thenThrows(RuleViolation, 'round-already-launched');
    });

    it('goes out whole with the launch', () => {
      const [event] = round
        .given(planned(), formed, chosen, approved)
        .when({ ...launch, catalog: sixSurrounds } as RoundCommand)
        .then(
          ...roundDecider.decide(
            { ...launch, catalog: sixSurrounds } as RoundCommand,
            [planned(), formed, approved].reduce(roundDecider.evolve, roundDecider.initialState()),
          ),
        );
      expect(event.type === 'RoundLaunched' && event.data.catalog.version).toBe(
        sixSurrounds.version,
      );
      expect(() =>
        roundDecider.decide(
          launch,
          [planned(), formed, chosen, approved].reduce(
            roundDecider.evolve,
            roundDecider.initialState(),
          ),
        ),
      ).toThrow(/lacks its catalog/);
    });
  });
});

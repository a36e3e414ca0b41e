import type { RoundKind, RoundMode, TargetProfile } from '@xuncha/contracts';
import {
  AggregateNotFound,
  RuleViolation,
  isWithinJurisdiction,
  type Decider,
  type DomainEvent,
} from '@xuncha/platform-kernel';
import { omit } from '../shared/omit';
import type { CadreFacts } from '../cadre/cadre.decider';
import type { Deadlines } from '../deadlines/deadlines.decider';
import type { CatalogVersion } from '../focus-catalog/focus-catalog';
import type { TargetFacts } from '../target/target.decider';
import { windowWithin, type DateWindow } from '../shared/window';

export type RoundStatus = 'draft' | 'approved' | 'launched' | 'closed';

export interface Team {
  readonly teamId: string;
  readonly leaderId: string;
  readonly deputyIds: string[];
  readonly liaisonId: string;
  readonly memberIds: string[];
  readonly targetIds: string[];
  /** Kept when the office overrode the overlap rule (书面理由). */
  readonly overlapOverride?: OverlapOverride;
}

export interface OverlapOverride {
  readonly reason: string;
  /** The other rounds the override was given against. */
  readonly roundIds: string[];
}

export interface RoundState {
  readonly id?: string;
  readonly termPlanId?: string;
  readonly jurisdiction?: string;
  readonly ordinal?: number;
  readonly kind?: RoundKind;
  readonly modes?: RoundMode[];
  readonly theme?: string;
  readonly window?: DateWindow;
  readonly status?: RoundStatus;
  readonly teams: Team[];
  /** The focus catalog version chosen, or fixed by the launch; absent: the one in force at launch. */
  readonly catalogVersion?: string;
}

/** A catalog version a round may choose, as the planning read models know it. */
export interface ChosenCatalog {
  readonly version: string;
  /** Absent for the shipped structures, which every jurisdiction may use. */
  readonly jurisdiction?: string;
}

/** Another round whose window overlaps this one's, as the read model knows it. */
export interface OverlappingRound {
  readonly roundId: string;
  readonly ordinal: number;
  readonly window: DateWindow;
  readonly targetIds: string[];
  readonly cadreIds: string[];
}

/** What forming a team must know of other aggregates; the handler reads it from read models. */
export interface TeamFacts {
  readonly cadres: CadreFacts[];
  readonly targets: Array<TargetFacts & { parentId?: string }>;
  /** Targets inspected this term (feedback delivered): the follow-up rule. */
  readonly inspectedInTerm: string[];
  /** Other rounds (any term) whose windows overlap this round's. */
  readonly overlappingRounds: OverlappingRound[];
}

export interface TeamInput {
  readonly teamId: string;
  readonly leaderId: string;
  readonly deputyIds: string[];
  readonly liaisonId: string;
  readonly memberIds: string[];
  readonly targetIds: string[];
}

export type RoundCommand =
  | {
      type: 'PlanRound';
      id: string;
      at: string;
      termPlanId: string;
      ordinal: number;
      kind: RoundKind;
      modes: RoundMode[];
      theme?: string;
      window: DateWindow;
      termPlan: { status: 'draft' | 'adopted'; jurisdiction: string; window: DateWindow };
      /** The version asked for, and what the read models know of it (absent: unknown). */
      catalogChoice?: { catalogVersion: string; catalog?: ChosenCatalog };
    }
  /** Chooses the focus catalog version the round's findings are classified against. */
  | {
      type: 'ChooseRoundCatalog';
      id: string;
      at: string;
      catalogVersion: string;
      catalog?: ChosenCatalog;
    }
  /** Forms a new team, or re-forms one of the same id (the office edits it). */
  | {
      type: 'FormTeam';
      id: string;
      at: string;
      team: TeamInput;
      facts: TeamFacts;
      overlapOverride?: { reason: string };
    }
  | { type: 'DisbandTeam'; id: string; at: string; teamId: string }
  | { type: 'ApproveRound'; id: string; at: string }
  | {
      type: 'LaunchRound';
      id: string;
      at: string;
      /** Profiles of the round's targets as they stand at launch. */
      targets: TargetProfile[];
      deadlines: Deadlines;
      /** The chosen version, else the one in force for the jurisdiction on the window's first day. */
      catalog: CatalogVersion;
    }
  | { type: 'CloseRound'; id: string; at: string };

export type RoundEvent =
  | DomainEvent<
      'RoundPlanned',
      {
        roundId: string;
        termPlanId: string;
        jurisdiction: string;
        ordinal: number;
        kind: RoundKind;
        modes: RoundMode[];
        theme?: string;
        window: DateWindow;
        plannedAt: string;
      }
    >
  | DomainEvent<'TeamFormed', { roundId: string; formedAt: string } & Team>
  | DomainEvent<'TeamDisbanded', { roundId: string; teamId: string; disbandedAt: string }>
  | DomainEvent<'RoundApproved', { roundId: string; approvedAt: string }>
  | DomainEvent<'RoundCatalogChosen', { roundId: string; catalogVersion: string; chosenAt: string }>
  /** Carries everything the inspection service needs to open one inspection per (team, target). */
  | DomainEvent<
      'RoundLaunched',
      {
        roundId: string;
        termPlanId: string;
        jurisdiction: string;
        ordinal: number;
        kind: RoundKind;
        modes: RoundMode[];
        theme?: string;
        window: DateWindow;
        teams: Array<Omit<Team, 'targetIds' | 'overlapOverride'> & { targets: TargetProfile[] }>;
        deadlines: Deadlines;
        /** Schema v2: the catalog version the inspections classify against, whole. */
        catalog: CatalogVersion;
        launchedAt: string;
      }
    >
  | DomainEvent<'RoundClosed', { roundId: string; termPlanId: string; closedAt: string }>;

export const roundDecider: Decider<RoundState, RoundCommand, RoundEvent> = {
  initialState: () => ({ teams: [] }),

  evolve(state, event) {
    switch (event.type) {
      case 'RoundPlanned': {
        const round = omit(event.data, 'roundId', 'plannedAt');
        return { ...state, ...round, id: event.data.roundId, status: 'draft' };
      }
      case 'TeamFormed': {
        const team = omit(event.data, 'roundId', 'formedAt');
        const others = state.teams.filter((t) => t.teamId !== team.teamId);
        // An edit sends an approved round back for approval.
        return { ...state, teams: [...others, team], status: 'draft' };
      }
      case 'TeamDisbanded':
        return {
          ...state,
          teams: state.teams.filter((t) => t.teamId !== event.data.teamId),
          status: 'draft',
        };
      case 'RoundApproved':
        return { ...state, status: 'approved' };
      case 'RoundCatalogChosen':
        return { ...state, catalogVersion: event.data.catalogVersion };
      case 'RoundLaunched':
        // The version the launch fixed, chosen or in force: what its findings are classified against.
        return { ...state, status: 'launched', catalogVersion: event.data.catalog.version };
      case 'RoundClosed':
        return { ...state, status: 'closed' };
    }
  },

  decide(command, state) {
    if (command.type === 'PlanRound') return planRound(command, state);
    if (!state.id) throw new AggregateNotFound('round', command.id);
    const id = state.id;

    switch (command.type) {
      case 'FormTeam':
        assertEditable(state);
        return [
          {
            type: 'TeamFormed',
            data: { roundId: id, formedAt: command.at, ...checkTeam(command, state) },
          },
        ];
      case 'DisbandTeam':
        assertEditable(state);
        if (!state.teams.some((t) => t.teamId === command.teamId)) {
          throw new AggregateNotFound('team', command.teamId);
        }
        return [
          {
            type: 'TeamDisbanded',
            data: { roundId: id, teamId: command.teamId, disbandedAt: command.at },
          },
        ];
      case 'ChooseRoundCatalog': {
        assertEditable(state);
        if (state.catalogVersion === command.catalogVersion) return [];
        return [chooseCatalog(id, state.jurisdiction!, command, command.at)];
      }
      case 'ApproveRound':
        assertEditable(state);
        if (state.status === 'approved') {
          throw new RuleViolation('round-already-approved', `round ${id} is approved`);
        }
        if (state.teams.length === 0) {
          throw new RuleViolation('round-without-teams', 'a round needs at least one team');
        }
        return [{ type: 'RoundApproved', data: { roundId: id, approvedAt: command.at } }];
      case 'LaunchRound': {
        if (state.status === 'launched' || state.status === 'closed') {
          throw new RuleViolation('round-already-launched', `round ${id} is ${state.status}`);
        }
        if (state.status !== 'approved') {
          throw new RuleViolation(
            'round-not-approved',
            `round ${id} must be approved (书记专题会) before it is launched`,
          );
        }
        if (state.catalogVersion && command.catalog.version !== state.catalogVersion) {
          throw new Error(`launch of round ${id} lacks its catalog ${state.catalogVersion}`);
        }
        const profiles = new Map(command.targets.map((t) => [t.targetId, t]));
        const teams = state.teams.map(({ targetIds, overlapOverride: _, ...team }) => ({
          ...team,
          targets: targetIds.map((targetId) => {
            const profile = profiles.get(targetId);
            if (!profile) throw new Error(`launch of round ${id} lacks target ${targetId}`);
            return profile;
          }),
        }));
        return [
          {
            type: 'RoundLaunched',
            data: {
              roundId: id,
              termPlanId: state.termPlanId!,
              jurisdiction: state.jurisdiction!,
              ordinal: state.ordinal!,
              kind: state.kind!,
              modes: state.modes!,
              ...(state.theme !== undefined && { theme: state.theme }),
              window: state.window!,
              teams,
              deadlines: command.deadlines,
              catalog: command.catalog,
              launchedAt: command.at,
            },
          },
        ];
      }
      case 'CloseRound':
        if (state.status !== 'launched') {
          throw new RuleViolation('round-not-launched', `round ${id} is ${state.status}`);
        }
        return [
          {
            type: 'RoundClosed',
            data: { roundId: id, termPlanId: state.termPlanId!, closedAt: command.at },
          },
        ];
    }
  },
};

function planRound(
  command: Extract<RoundCommand, { type: 'PlanRound' }>,
  state: RoundState,
): RoundEvent[] {
  if (state.id) throw new RuleViolation('round-exists', `round ${command.id} exists`);
  if (command.termPlan.status !== 'adopted') {
    throw new RuleViolation('term-plan-not-adopted', `term plan ${command.termPlanId} is a draft`);
  }
  if (!windowWithin(command.window, command.termPlan.window)) {
    throw new RuleViolation(
      'round-outside-term',
      `the window ${command.window.from} – ${command.window.to} is outside the term`,
    );
  }
  if (command.kind === 'special' && !command.theme) {
    throw new RuleViolation(
      'special-round-theme-required',
      'a special round has a theme (专项主题)',
    );
  }
  const planned: RoundEvent = {
    type: 'RoundPlanned',
    data: {
      roundId: command.id,
      termPlanId: command.termPlanId,
      jurisdiction: command.termPlan.jurisdiction,
      ordinal: command.ordinal,
      kind: command.kind,
      modes: command.modes,
      ...(command.theme !== undefined && { theme: command.theme }),
      window: command.window,
      plannedAt: command.at,
    },
  };
  if (!command.catalogChoice) return [planned];
  return [
    planned,
    chooseCatalog(command.id, command.termPlan.jurisdiction, command.catalogChoice, command.at),
  ];
}

/** A round may use a shipped structure or a catalog of its jurisdiction or above. */
function chooseCatalog(
  roundId: string,
  jurisdiction: string,
  choice: { catalogVersion: string; catalog?: ChosenCatalog },
  at: string,
): RoundEvent {
  const { catalogVersion, catalog } = choice;
  if (!catalog) {
    throw new RuleViolation(
      'catalog-version-unknown',
      `no focus catalog version ${catalogVersion} was issued`,
      { catalogVersion },
    );
  }
  if (catalog.jurisdiction && !isWithinJurisdiction(jurisdiction, catalog.jurisdiction)) {
    throw new RuleViolation(
      'catalog-outside-jurisdiction',
      `catalog ${catalogVersion} belongs to ${catalog.jurisdiction}, not to ${jurisdiction} or above`,
      { catalogVersion, jurisdiction: catalog.jurisdiction },
    );
  }
  return { type: 'RoundCatalogChosen', data: { roundId, catalogVersion, chosenAt: at } };
}

function assertEditable(state: RoundState): void {
  if (state.status === 'launched' || state.status === 'closed') {
    throw new RuleViolation(
      'round-already-launched',
      `round ${state.id} is ${state.status}: its teams can no longer change`,
    );
  }
}

function cadreIdsOf(team: TeamInput): string[] {
  return [team.leaderId, ...team.deputyIds, team.liaisonId, ...team.memberIds];
}

/** Every rule a team must satisfy (docs/domain.md §1, team rules); answers the team to record. */
function checkTeam(command: Extract<RoundCommand, { type: 'FormTeam' }>, state: RoundState): Team {
  const { team, facts } = command;
  const cadreIds = cadreIdsOf(team);
  const repeated = cadreIds.filter((id, index) => cadreIds.indexOf(id) !== index);
  if (repeated.length > 0) {
    throw new RuleViolation('team-cadre-repeated', 'a cadre holds one place in a team', {
      cadreIds: [...new Set(repeated)],
    });
  }
  const cadres = new Map(facts.cadres.map((c) => [c.id, c]));
  const unknownCadres = cadreIds.filter((id) => !cadres.has(id));
  if (unknownCadres.length > 0) {
    throw new RuleViolation('cadre-unknown', 'cadres that are not registered', {
      cadreIds: unknownCadres,
    });
  }
  const targets = new Map(facts.targets.map((t) => [t.id, t]));
  const unknownTargets = team.targetIds.filter((id) => !targets.has(id));
  if (unknownTargets.length > 0) {
    throw new RuleViolation('target-unknown', 'targets that are not registered', {
      targetIds: unknownTargets,
    });
  }
  const retired = team.targetIds.filter((id) => targets.get(id)!.status !== 'active');
  if (retired.length > 0) {
    throw new RuleViolation('target-retired', 'retired targets cannot be inspected', {
      targetIds: retired,
    });
  }
  const outside = team.targetIds.filter(
    (id) => !isWithinJurisdiction(targets.get(id)!.jurisdiction, state.jurisdiction!),
  );
  if (outside.length > 0) {
    throw new RuleViolation(
      'target-outside-jurisdiction',
      `targets outside the round's jurisdiction ${state.jurisdiction}`,
      { targetIds: outside },
    );
  }

  if (!cadres.get(team.leaderId)!.pools.includes('leader')) {
    throw new RuleViolation(
      'team-leader-not-in-leader-pool',
      `cadre ${team.leaderId} is not in the leader pool (组长库)`,
      { cadreIds: [team.leaderId] },
    );
  }

  const otherTeams = state.teams.filter((t) => t.teamId !== team.teamId);
  const twice = team.targetIds.filter((id) => otherTeams.some((t) => t.targetIds.includes(id)));
  if (twice.length > 0) {
    throw new RuleViolation('target-already-in-round', 'another team of this round has them', {
      targetIds: twice,
    });
  }

  if (state.kind === 'follow-up') {
    const inspected = new Set(facts.inspectedInTerm);
    const never = team.targetIds.filter((id) => !inspected.has(id));
    if (never.length > 0) {
      throw new RuleViolation(
        'follow-up-target-not-inspected',
        'a follow-up round (回头看) re-inspects targets already inspected this term',
        { targetIds: never },
      );
    }
  }

  for (const cadreId of cadreIds) {
    const cadre = cadres.get(cadreId)!;
    const own = team.targetIds.filter((id) => {
      const target = targets.get(id)!;
      return cadre.homeUnitId !== undefined && [id, target.parentId].includes(cadre.homeUnitId);
    });
    if (own.length > 0) {
      throw new RuleViolation(
        'cadre-home-unit-conflict',
        `cadre ${cadreId} would inspect their own unit`,
        { cadreIds: [cadreId], targetIds: own },
      );
    }
    const declared = cadre.conflicts
      .map((conflict) => conflict.targetId)
      .filter((id) => team.targetIds.includes(id));
    if (declared.length > 0) {
      throw new RuleViolation(
        'cadre-declared-conflict',
        `cadre ${cadreId} declared a conflict (回避) with targets of the team`,
        { cadreIds: [cadreId], targetIds: declared },
      );
    }
  }

  if (state.modes?.includes('cross')) {
    for (const cadreId of cadreIds) {
      const home = cadres.get(cadreId)!.jurisdiction;
      const own = team.targetIds.filter((id) =>
        isWithinJurisdiction(targets.get(id)!.jurisdiction, home),
      );
      if (own.length > 0) {
        throw new RuleViolation(
          'cross-inspection-own-jurisdiction',
          `in a cross inspection (交叉巡察) cadre ${cadreId} would inspect their own jurisdiction ${home}`,
          { cadreIds: [cadreId], targetIds: own },
        );
      }
    }
  }

  const otherRounds = facts.overlappingRounds.filter((round) => round.roundId !== state.id);
  const busy = cadreIds.filter(
    (id) =>
      otherTeams.some((t) => cadreIdsOf(t).includes(id)) ||
      otherRounds.some((round) => round.cadreIds.includes(id)),
  );
  if (busy.length > 0) {
    throw new RuleViolation(
      'cadre-team-overlap',
      'cadres already on a team whose window overlaps this one',
      { cadreIds: busy },
    );
  }

  const clashing = otherRounds.filter((round) =>
    round.targetIds.some((id) => team.targetIds.includes(id)),
  );
  let overlapOverride: OverlapOverride | undefined;
  if (clashing.length > 0) {
    const reason = command.overlapOverride?.reason.trim();
    if (!reason) {
      throw new RuleViolation(
        'round-window-overlap',
        'targets already in another round whose window overlaps; override only with a written reason',
        {
          targetIds: team.targetIds.filter((id) => clashing.some((r) => r.targetIds.includes(id))),
          roundIds: clashing.map((round) => round.roundId),
        },
      );
    }
    overlapOverride = { reason, roundIds: clashing.map((round) => round.roundId) };
  }

  return {
    teamId: team.teamId,
    leaderId: team.leaderId,
    deputyIds: team.deputyIds,
    liaisonId: team.liaisonId,
    memberIds: team.memberIds,
    targetIds: team.targetIds,
    ...(overlapOverride && { overlapOverride }),
  };
}

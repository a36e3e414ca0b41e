import type { RoundKind, RoundMode, TargetProfile } from '@xuncha/contracts';
import {
  AggregateNotFound,
  RuleViolation,
  isWithinJurisdiction,
  decideBy,
  type CommandHandlers,
  type Decider,
  type DomainEvent,
} from '@xuncha/platform-kernel';
import { omit } from '../shared/omit';
import type { CadreFacts } from '../cadre/cadre.decider';
import type { Deadlines } from '../deadlines/deadlines.decider';
import type { CatalogVersion } from '../focus-catalog/focus-catalog';
import type { TargetFacts } from '../target/target.decider';
import { windowWithin, type DateWindow } from '../shared/window';
import { checkTeam } from './team-rules';

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
  /** Fixed at launch: whether its feedbacks count toward the term's full coverage. */
  readonly countsTowardCoverage?: boolean;
}

/** Rounds launched before the flag travelled counted by the default: regular rounds only. */
export function roundCountsTowardCoverage(
  round: Pick<RoundState, 'kind' | 'countsTowardCoverage'>,
) {
  return round.countsTowardCoverage ?? round.kind === 'regular';
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
      /** The kinds of round that count toward full coverage in the round's jurisdiction. */
      coveringKinds: readonly RoundKind[];
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
        /** Whether its feedbacks count toward full coverage (absent before: regular only). */
        countsTowardCoverage?: boolean;
        launchedAt: string;
      }
    >
  | DomainEvent<'RoundClosed', { roundId: string; termPlanId: string; closedAt: string }>;

function planRound(
  state: RoundState,
  command: Extract<RoundCommand, { type: 'PlanRound' }>,
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

/** Every command but planning finds the round planned; answers its id. */
function existing(state: RoundState, command: { id: string }): string {
  if (!state.id) throw new AggregateNotFound('round', command.id);
  return state.id;
}

function formTeam(
  state: RoundState,
  command: Extract<RoundCommand, { type: 'FormTeam' }>,
): RoundEvent[] {
  const id = existing(state, command);
  assertEditable(state);
  return [
    {
      type: 'TeamFormed',
      data: { roundId: id, formedAt: command.at, ...checkTeam(command, state) },
    },
  ];
}

function disbandTeam(
  state: RoundState,
  command: Extract<RoundCommand, { type: 'DisbandTeam' }>,
): RoundEvent[] {
  const id = existing(state, command);
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
}

function chooseRoundCatalog(
  state: RoundState,
  command: Extract<RoundCommand, { type: 'ChooseRoundCatalog' }>,
): RoundEvent[] {
  const id = existing(state, command);
  assertEditable(state);
  if (state.catalogVersion === command.catalogVersion) return [];
  return [chooseCatalog(id, state.jurisdiction!, command, command.at)];
}

function approveRound(
  state: RoundState,
  command: Extract<RoundCommand, { type: 'ApproveRound' }>,
): RoundEvent[] {
  const id = existing(state, command);
  assertEditable(state);
  if (state.status === 'approved') {
    throw new RuleViolation('round-already-approved', `round ${id} is approved`);
  }
  if (state.teams.length === 0) {
    throw new RuleViolation('round-without-teams', 'a round needs at least one team');
  }
  return [{ type: 'RoundApproved', data: { roundId: id, approvedAt: command.at } }];
}

function launchRound(
  state: RoundState,
  command: Extract<RoundCommand, { type: 'LaunchRound' }>,
): RoundEvent[] {
  const id = existing(state, command);
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
        countsTowardCoverage: command.coveringKinds.includes(state.kind!),
        launchedAt: command.at,
      },
    },
  ];
}

function closeRound(
  state: RoundState,
  command: Extract<RoundCommand, { type: 'CloseRound' }>,
): RoundEvent[] {
  const id = existing(state, command);
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

/** One decision per command, in the order of a round's life. */
const handlers: CommandHandlers<RoundState, RoundCommand, RoundEvent> = {
  PlanRound: planRound,
  FormTeam: formTeam,
  DisbandTeam: disbandTeam,
  ChooseRoundCatalog: chooseRoundCatalog,
  ApproveRound: approveRound,
  LaunchRound: launchRound,
  CloseRound: closeRound,
};

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
        return {
          ...state,
          status: 'launched',
          catalogVersion: event.data.catalog.version,
          ...(event.data.countsTowardCoverage !== undefined && {
            countsTowardCoverage: event.data.countsTowardCoverage,
          }),
        };
      case 'RoundClosed':
        return { ...state, status: 'closed' };
    }
  },

  decide: decideBy(handlers),
};

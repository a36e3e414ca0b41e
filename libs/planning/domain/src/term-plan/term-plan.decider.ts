import {
  AggregateNotFound,
  RuleViolation,
  isWithinJurisdiction,
  decideBy,
  type CommandHandlers,
  type Decider,
  type DomainEvent,
} from '@xuncha/platform-kernel';
import type { TargetFacts } from '../target/target.decider';
import type { DateWindow } from '../shared/window';

export type TermPlanStatus = 'draft' | 'adopted';

export interface AnnualPlan {
  readonly year: number;
  readonly title: string;
  readonly targetIds: string[];
}

export interface InspectedTarget {
  readonly targetId: string;
  readonly inspectionId: string;
  readonly roundId: string;
  readonly inspectedAt: string;
}

export interface TermPlanState {
  readonly id?: string;
  readonly name?: string;
  readonly jurisdiction?: string;
  readonly window?: DateWindow;
  readonly status?: TermPlanStatus;
  readonly targetIds: string[];
  /** Targets of the scope inspected this term, in the order they were. */
  readonly inspected: InspectedTarget[];
  readonly annualPlans: AnnualPlan[];
}

export interface Coverage {
  readonly inScope: number;
  readonly inspected: number;
  readonly rate: number;
}

export type TermPlanCommand =
  | {
      type: 'DraftTermPlan';
      id: string;
      at: string;
      name: string;
      jurisdiction: string;
      window: DateWindow;
      /** The targets named, as the read model knows them (unknown ones are missing). */
      targets: TargetFacts[];
      targetIds: string[];
    }
  | { type: 'AdoptTermPlan'; id: string; at: string }
  | {
      type: 'AdjustTermPlanScope';
      id: string;
      at: string;
      addedTargetIds: string[];
      droppedTargetIds: string[];
      reason: string;
      targets: TargetFacts[];
    }
  | {
      type: 'SetAnnualPlan';
      id: string;
      at: string;
      year: number;
      title: string;
      targetIds: string[];
    }
  /** From the inspection service: feedback delivered to a target of the scope. */
  | {
      type: 'RecordTargetInspected';
      id: string;
      targetId: string;
      inspectionId: string;
      roundId: string;
      /** The round's launch fixed it (roundCountsTowardCoverage). */
      countsTowardCoverage: boolean;
      at: string;
    };

export type TermPlanEvent =
  | DomainEvent<
      'TermPlanDrafted',
      {
        termPlanId: string;
        name: string;
        jurisdiction: string;
        window: DateWindow;
        targetIds: string[];
        draftedAt: string;
      }
    >
  /** Carries the whole plan, as the contract does. */
  | DomainEvent<
      'TermPlanAdopted',
      {
        termPlanId: string;
        name: string;
        jurisdiction: string;
        window: DateWindow;
        targetIds: string[];
        adoptedAt: string;
      } & Coverage
    >
  | DomainEvent<
      'TermPlanScopeAdjusted',
      {
        termPlanId: string;
        addedTargetIds: string[];
        droppedTargetIds: string[];
        reason: string;
        adjustedAt: string;
      } & Coverage
    >
  | DomainEvent<'AnnualPlanSet', { termPlanId: string; setAt: string } & AnnualPlan>
  | DomainEvent<'TermPlanTargetInspected', { termPlanId: string } & InspectedTarget & Coverage>;

/** Coverage (全覆盖): targets of the scope inspected this term over the scope. */
export function coverageOf(state: Pick<TermPlanState, 'targetIds' | 'inspected'>): Coverage {
  const scope = new Set(state.targetIds);
  const inspected = new Set(
    state.inspected.map((entry) => entry.targetId).filter((id) => scope.has(id)),
  ).size;
  const inScope = scope.size;
  return { inScope, inspected, rate: inScope === 0 ? 0 : round4(inspected / inScope) };
}

/** Targets of the scope not inspected yet, in scope order. */
export function missingTargets(state: Pick<TermPlanState, 'targetIds' | 'inspected'>): string[] {
  const done = new Set(state.inspected.map((entry) => entry.targetId));
  return state.targetIds.filter((id) => !done.has(id));
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function assertAdopted(state: TermPlanState): void {
  if (state.status !== 'adopted') {
    throw new RuleViolation('term-plan-not-adopted', `term plan ${state.id} is not adopted yet`);
  }
}

function assertTargets(ids: string[], known: TargetFacts[], jurisdiction: string): void {
  const byId = new Map(known.map((target) => [target.id, target]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new RuleViolation('target-unknown', 'targets that are not registered', {
      targetIds: unknown,
    });
  }
  const retired = ids.filter((id) => byId.get(id)!.status !== 'active');
  if (retired.length > 0) {
    throw new RuleViolation('target-retired', 'retired targets cannot be planned', {
      targetIds: retired,
    });
  }
  const outside = ids.filter(
    (id) => !isWithinJurisdiction(byId.get(id)!.jurisdiction, jurisdiction),
  );
  if (outside.length > 0) {
    throw new RuleViolation(
      'target-outside-jurisdiction',
      `targets outside the jurisdiction ${jurisdiction}`,
      { targetIds: outside },
    );
  }
}

/** Every command but drafting finds the term plan drafted; answers its id. */
function drafted(state: TermPlanState, command: { id: string }): string {
  if (!state.id) throw new AggregateNotFound('term plan', command.id);
  return state.id;
}

function draftTermPlan(
  state: TermPlanState,
  command: Extract<TermPlanCommand, { type: 'DraftTermPlan' }>,
): TermPlanEvent[] {
  if (state.id) throw new RuleViolation('term-plan-exists', `term plan ${command.id} exists`);
  assertTargets(command.targetIds, command.targets, command.jurisdiction);
  return [
    {
      type: 'TermPlanDrafted',
      data: {
        termPlanId: command.id,
        name: command.name,
        jurisdiction: command.jurisdiction,
        window: command.window,
        targetIds: command.targetIds,
        draftedAt: command.at,
      },
    },
  ];
}

function adoptTermPlan(
  state: TermPlanState,
  command: Extract<TermPlanCommand, { type: 'AdoptTermPlan' }>,
): TermPlanEvent[] {
  const id = drafted(state, command);
  if (state.status === 'adopted') {
    throw new RuleViolation('term-plan-already-adopted', `term plan ${id} is adopted`);
  }
  if (state.targetIds.length === 0) {
    throw new RuleViolation('term-plan-scope-empty', 'a term plan needs targets in scope');
  }
  return [
    {
      type: 'TermPlanAdopted',
      data: {
        termPlanId: id,
        name: state.name!,
        jurisdiction: state.jurisdiction!,
        window: state.window!,
        targetIds: state.targetIds,
        adoptedAt: command.at,
        ...coverageOf(state),
      },
    },
  ];
}

function adjustTermPlanScope(
  state: TermPlanState,
  command: Extract<TermPlanCommand, { type: 'AdjustTermPlanScope' }>,
): TermPlanEvent[] {
  const id = drafted(state, command);
  assertAdopted(state);
  const scope = new Set(state.targetIds);
  const notInScope = command.droppedTargetIds.filter((id) => !scope.has(id));
  if (notInScope.length > 0) {
    throw new RuleViolation('target-not-in-scope', 'dropped targets are not in the scope', {
      targetIds: notInScope,
    });
  }
  const already = command.addedTargetIds.filter((id) => scope.has(id));
  if (already.length > 0) {
    throw new RuleViolation('target-already-in-scope', 'added targets are in the scope', {
      targetIds: already,
    });
  }
  if (command.addedTargetIds.length + command.droppedTargetIds.length === 0) {
    throw new RuleViolation('scope-adjustment-empty', 'add or drop at least one target');
  }
  assertTargets(command.addedTargetIds, command.targets, state.jurisdiction!);
  const event: TermPlanEvent = {
    type: 'TermPlanScopeAdjusted',
    data: {
      termPlanId: id,
      addedTargetIds: command.addedTargetIds,
      droppedTargetIds: command.droppedTargetIds,
      reason: command.reason,
      adjustedAt: command.at,
      inScope: 0,
      inspected: 0,
      rate: 0,
    },
  };
  const after = termPlanDecider.evolve(state, event);
  return [{ ...event, data: { ...event.data, ...coverageOf(after) } }];
}

function setAnnualPlan(
  state: TermPlanState,
  command: Extract<TermPlanCommand, { type: 'SetAnnualPlan' }>,
): TermPlanEvent[] {
  const id = drafted(state, command);
  const year = String(command.year);
  if (year < state.window!.from.slice(0, 4) || year > state.window!.to.slice(0, 4)) {
    throw new RuleViolation(
      'annual-plan-outside-term',
      `${command.year} is outside the term ${state.window!.from} – ${state.window!.to}`,
    );
  }
  const scope = new Set(state.targetIds);
  const outside = command.targetIds.filter((id) => !scope.has(id));
  if (outside.length > 0) {
    throw new RuleViolation('target-not-in-scope', 'targets outside the term plan scope', {
      targetIds: outside,
    });
  }
  return [
    {
      type: 'AnnualPlanSet',
      data: {
        termPlanId: id,
        year: command.year,
        title: command.title,
        targetIds: command.targetIds,
        setAt: command.at,
      },
    },
  ];
}

function recordTargetInspected(
  state: TermPlanState,
  command: Extract<TermPlanCommand, { type: 'RecordTargetInspected' }>,
): TermPlanEvent[] {
  const id = drafted(state, command);
  // Feedback of a round that does not count (a special round by default), to a target
  // outside the scope, or again, leaves coverage as it is.
  if (!command.countsTowardCoverage) return [];
  if (state.status !== 'adopted' || !state.targetIds.includes(command.targetId)) return [];
  if (state.inspected.some((entry) => entry.targetId === command.targetId)) return [];
  const inspected: InspectedTarget = {
    targetId: command.targetId,
    inspectionId: command.inspectionId,
    roundId: command.roundId,
    inspectedAt: command.at,
  };
  const after = { ...state, inspected: [...state.inspected, inspected] };
  return [
    {
      type: 'TermPlanTargetInspected',
      data: { termPlanId: id, ...inspected, ...coverageOf(after) },
    },
  ];
}

/** One decision per command. */
const handlers: CommandHandlers<TermPlanState, TermPlanCommand, TermPlanEvent> = {
  DraftTermPlan: draftTermPlan,
  AdoptTermPlan: adoptTermPlan,
  AdjustTermPlanScope: adjustTermPlanScope,
  SetAnnualPlan: setAnnualPlan,
  RecordTargetInspected: recordTargetInspected,
};

export const termPlanDecider: Decider<TermPlanState, TermPlanCommand, TermPlanEvent> = {
  initialState: () => ({ targetIds: [], inspected: [], annualPlans: [] }),

  evolve(state, event) {
    switch (event.type) {
      case 'TermPlanDrafted': {
        const { termPlanId, name, jurisdiction, window, targetIds } = event.data;
        return { ...state, id: termPlanId, name, jurisdiction, window, targetIds, status: 'draft' };
      }
      case 'TermPlanAdopted':
        return { ...state, status: 'adopted' };
      case 'TermPlanScopeAdjusted': {
        const dropped = new Set(event.data.droppedTargetIds);
        return {
          ...state,
          targetIds: [
            ...state.targetIds.filter((id) => !dropped.has(id)),
            ...event.data.addedTargetIds,
          ],
        };
      }
      case 'AnnualPlanSet': {
        const { year, title, targetIds } = event.data;
        return {
          ...state,
          annualPlans: [
            ...state.annualPlans.filter((plan) => plan.year !== year),
            { year, title, targetIds },
          ].sort((a, b) => a.year - b.year),
        };
      }
      case 'TermPlanTargetInspected': {
        const { targetId, inspectionId, roundId, inspectedAt } = event.data;
        return {
          ...state,
          inspected: [...state.inspected, { targetId, inspectionId, roundId, inspectedAt }],
        };
      }
    }
  },

  decide: decideBy(handlers),
};

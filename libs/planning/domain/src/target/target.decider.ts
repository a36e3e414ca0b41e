import type { TargetCategory, TargetTier } from '@xuncha/contracts';
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

export interface TargetProfileData {
  readonly name: string;
  readonly category: TargetCategory;
  readonly tier: TargetTier;
  readonly jurisdiction: string;
  readonly headcount: number;
  readonly partyMemberCount?: number;
  readonly parentId?: string;
  /** The top leader (一把手): personal data, kept in planning only. */
  readonly leader?: string;
}

/** What a command needs to know of another target (parent, merged, successor). */
export interface TargetFacts {
  readonly id: string;
  readonly jurisdiction: string;
  readonly status: TargetStatus;
}

export type TargetStatus = 'active' | 'retired';

export interface TargetState extends Partial<TargetProfileData> {
  readonly id?: string;
  readonly status?: TargetStatus;
  readonly retirement?: { reason: string; effectiveOn: string; by: 'retired' | 'merged' | 'split' };
}

export type TargetCommand =
  | ({ type: 'RegisterTarget'; id: string; at: string; parent?: TargetFacts } & TargetProfileData)
  | {
      type: 'UpdateTargetProfile';
      id: string;
      at: string;
      changes: Partial<
        Pick<TargetProfileData, 'name' | 'category' | 'headcount' | 'partyMemberCount' | 'leader'>
      >;
    }
  | { type: 'RetireTarget'; id: string; at: string; reason: string; effectiveOn: string }
  /** On the target that remains: the absorbed ones come as facts. */
  | {
      type: 'MergeTargets';
      id: string;
      at: string;
      merged: TargetFacts[];
      reason: string;
      effectiveOn: string;
    }
  /** On each absorbed target, after the merge was decided on the one that remains. */
  | {
      type: 'AbsorbTarget';
      id: string;
      at: string;
      intoTargetId: string;
      reason: string;
      effectiveOn: string;
    }
  /** On the target split; its successors were registered first. */
  | {
      type: 'SplitTarget';
      id: string;
      at: string;
      successors: TargetFacts[];
      reason: string;
      effectiveOn: string;
    };

export type TargetEvent =
  | DomainEvent<'TargetRegistered', { targetId: string; registeredAt: string } & TargetProfileData>
  /** Carries the whole profile after the change, as the contract does. */
  | DomainEvent<'TargetProfileUpdated', { targetId: string; updatedAt: string } & TargetProfileData>
  | DomainEvent<
      'TargetRetired',
      { targetId: string; reason: string; effectiveOn: string; retiredAt: string }
    >
  | DomainEvent<
      'TargetsMerged',
      {
        targetId: string;
        mergedTargetIds: string[];
        reason: string;
        effectiveOn: string;
        mergedAt: string;
      }
    >
  | DomainEvent<
      'TargetAbsorbed',
      { targetId: string; intoTargetId: string; reason: string; effectiveOn: string }
    >
  | DomainEvent<
      'TargetSplit',
      {
        targetId: string;
        successorIds: string[];
        reason: string;
        effectiveOn: string;
        splitAt: string;
      }
    >;

function assertActive(target: TargetFacts): void {
  if (target.status !== 'active') {
    throw new RuleViolation('target-retired', `target ${target.id} is retired`, {
      targetIds: [target.id],
    });
  }
}

function pick(data: { reason: string; effectiveOn: string }) {
  return { reason: data.reason, effectiveOn: data.effectiveOn };
}

/** Every command but registration finds the target registered and active; answers its id. */
function active(state: TargetState, command: { id: string }): string {
  if (!state.id) throw new AggregateNotFound('target', command.id);
  assertActive({ id: state.id, jurisdiction: state.jurisdiction!, status: state.status! });
  return state.id;
}

function registerTarget(
  state: TargetState,
  command: Extract<TargetCommand, { type: 'RegisterTarget' }>,
): TargetEvent[] {
  if (state.id) throw new RuleViolation('target-already-registered', `target ${command.id} exists`);
  const { id, at, parent } = command;
  const profile = omit(command, 'type', 'id', 'at', 'parent');
  if (profile.parentId) {
    if (!parent || parent.id !== profile.parentId) {
      throw new RuleViolation(
        'target-unknown',
        `parent target ${profile.parentId} does not exist`,
        {
          targetIds: [profile.parentId],
        },
      );
    }
    assertActive(parent);
    if (!isWithinJurisdiction(profile.jurisdiction, parent.jurisdiction)) {
      throw new RuleViolation(
        'target-parent-jurisdiction',
        `jurisdiction ${profile.jurisdiction} does not lie under the parent's ${parent.jurisdiction}`,
      );
    }
  }
  return [{ type: 'TargetRegistered', data: { targetId: id, registeredAt: at, ...profile } }];
}

function updateTargetProfile(
  state: TargetState,
  command: Extract<TargetCommand, { type: 'UpdateTargetProfile' }>,
): TargetEvent[] {
  const id = active(state, command);
  const profile = omit(state, 'id', 'status', 'retirement');
  return [
    {
      type: 'TargetProfileUpdated',
      data: {
        targetId: id,
        updatedAt: command.at,
        ...(profile as TargetProfileData),
        ...command.changes,
      },
    },
  ];
}

function retireTarget(
  state: TargetState,
  command: Extract<TargetCommand, { type: 'RetireTarget' }>,
): TargetEvent[] {
  const id = active(state, command);
  return [
    {
      type: 'TargetRetired',
      data: {
        targetId: id,
        reason: command.reason,
        effectiveOn: command.effectiveOn,
        retiredAt: command.at,
      },
    },
  ];
}

function mergeTargets(
  state: TargetState,
  command: Extract<TargetCommand, { type: 'MergeTargets' }>,
): TargetEvent[] {
  const id = active(state, command);
  if (command.merged.length === 0 || command.merged.some((t) => t.id === id)) {
    throw new RuleViolation(
      'target-merge-invalid',
      'a merger absorbs at least one target other than the one that remains',
    );
  }
  command.merged.forEach(assertActive);
  return [
    {
      type: 'TargetsMerged',
      data: {
        targetId: id,
        mergedTargetIds: command.merged.map((t) => t.id),
        reason: command.reason,
        effectiveOn: command.effectiveOn,
        mergedAt: command.at,
      },
    },
  ];
}

function absorbTarget(
  state: TargetState,
  command: Extract<TargetCommand, { type: 'AbsorbTarget' }>,
): TargetEvent[] {
  const id = active(state, command);
  return [
    {
      type: 'TargetAbsorbed',
      data: {
        targetId: id,
        intoTargetId: command.intoTargetId,
        reason: command.reason,
        effectiveOn: command.effectiveOn,
      },
    },
  ];
}

function splitTarget(
  state: TargetState,
  command: Extract<TargetCommand, { type: 'SplitTarget' }>,
): TargetEvent[] {
  const id = active(state, command);
  if (command.successors.length < 2 || command.successors.some((t) => t.id === id)) {
    throw new RuleViolation('target-split-invalid', 'a split has at least two successors');
  }
  command.successors.forEach(assertActive);
  return [
    {
      type: 'TargetSplit',
      data: {
        targetId: id,
        successorIds: command.successors.map((t) => t.id),
        reason: command.reason,
        effectiveOn: command.effectiveOn,
        splitAt: command.at,
      },
    },
  ];
}

/** One decision per command. */
const handlers: CommandHandlers<TargetState, TargetCommand, TargetEvent> = {
  RegisterTarget: registerTarget,
  UpdateTargetProfile: updateTargetProfile,
  RetireTarget: retireTarget,
  MergeTargets: mergeTargets,
  AbsorbTarget: absorbTarget,
  SplitTarget: splitTarget,
};

export const targetDecider: Decider<TargetState, TargetCommand, TargetEvent> = {
  initialState: () => ({}),

  evolve(state, event) {
    switch (event.type) {
      case 'TargetRegistered': {
        const profile = omit(event.data, 'targetId', 'registeredAt');
        return { ...profile, id: event.data.targetId, status: 'active' };
      }
      case 'TargetProfileUpdated': {
        const profile = omit(event.data, 'targetId', 'updatedAt');
        return { id: state.id, status: state.status, ...profile };
      }
      case 'TargetRetired':
        return { ...state, status: 'retired', retirement: { ...pick(event.data), by: 'retired' } };
      case 'TargetAbsorbed':
        return { ...state, status: 'retired', retirement: { ...pick(event.data), by: 'merged' } };
      case 'TargetSplit':
        return { ...state, status: 'retired', retirement: { ...pick(event.data), by: 'split' } };
      case 'TargetsMerged':
        return state;
    }
  },

  decide: decideBy(handlers),
};

import {
  AggregateNotFound,
  RuleViolation,
  decideBy,
  type CommandHandlers,
  type Decider,
  type DomainEvent,
} from '@xuncha/platform-kernel';
import { omit } from '../shared/omit';

export const CADRE_POOLS = ['leader', 'talent'] as const;
export type CadrePool = (typeof CADRE_POOLS)[number];

export interface DeclaredConflict {
  readonly targetId: string;
  readonly reason: string;
}

/** A cadre as the round rules see it; the read model keeps this shape. */
export interface CadreFacts {
  readonly id: string;
  readonly jurisdiction: string;
  readonly homeUnitId?: string;
  readonly pools: CadrePool[];
  readonly expertise: string[];
  readonly conflicts: DeclaredConflict[];
}

export interface CadreState extends Partial<CadreFacts> {
  readonly name?: string;
}

interface CadreProfile {
  readonly name: string;
  readonly jurisdiction: string;
  readonly homeUnitId?: string;
  readonly pools: CadrePool[];
  readonly expertise: string[];
}

export type CadreCommand =
  | ({ type: 'RegisterCadre'; id: string; at: string } & CadreProfile)
  | {
      type: 'UpdateCadre';
      id: string;
      at: string;
      changes: Partial<Pick<CadreProfile, 'pools' | 'expertise' | 'homeUnitId'>>;
    }
  | { type: 'DeclareConflict'; id: string; at: string; targetId: string; reason: string };

export type CadreEvent =
  | DomainEvent<'CadreRegistered', { cadreId: string; registeredAt: string } & CadreProfile>
  | DomainEvent<
      'CadreUpdated',
      { cadreId: string; updatedAt: string } & Extract<
        CadreCommand,
        { type: 'UpdateCadre' }
      >['changes']
    >
  | DomainEvent<
      'CadreConflictDeclared',
      { cadreId: string; targetId: string; reason: string; declaredAt: string }
    >;

/** Every command but registration finds the cadre registered; answers its id. */
function registered(state: CadreState, command: { id: string }): string {
  if (!state.id) throw new AggregateNotFound('cadre', command.id);
  return state.id;
}

function registerCadre(
  state: CadreState,
  command: Extract<CadreCommand, { type: 'RegisterCadre' }>,
): CadreEvent[] {
  if (state.id) throw new RuleViolation('cadre-already-registered', `cadre ${command.id} exists`);
  const profile = omit(command, 'type', 'id', 'at');
  return [
    {
      type: 'CadreRegistered',
      data: { cadreId: command.id, registeredAt: command.at, ...profile },
    },
  ];
}

function updateCadre(
  state: CadreState,
  command: Extract<CadreCommand, { type: 'UpdateCadre' }>,
): CadreEvent[] {
  const id = registered(state, command);
  return [
    {
      type: 'CadreUpdated',
      data: { cadreId: id, updatedAt: command.at, ...command.changes },
    },
  ];
}

function declareConflict(
  state: CadreState,
  command: Extract<CadreCommand, { type: 'DeclareConflict' }>,
): CadreEvent[] {
  const id = registered(state, command);
  // Declaring the same conflict again changes nothing.
  if (state.conflicts?.some((c) => c.targetId === command.targetId)) return [];
  return [
    {
      type: 'CadreConflictDeclared',
      data: {
        cadreId: id,
        targetId: command.targetId,
        reason: command.reason,
        declaredAt: command.at,
      },
    },
  ];
}

/** One decision per command. */
const handlers: CommandHandlers<CadreState, CadreCommand, CadreEvent> = {
  RegisterCadre: registerCadre,
  UpdateCadre: updateCadre,
  DeclareConflict: declareConflict,
};

export const cadreDecider: Decider<CadreState, CadreCommand, CadreEvent> = {
  initialState: () => ({}),

  evolve(state, event) {
    switch (event.type) {
      case 'CadreRegistered': {
        return {
          ...omit(event.data, 'cadreId', 'registeredAt'),
          id: event.data.cadreId,
          conflicts: [],
        };
      }
      case 'CadreUpdated': {
        return { ...state, ...omit(event.data, 'cadreId', 'updatedAt') };
      }
      case 'CadreConflictDeclared':
        return {
          ...state,
          conflicts: [
            ...(state.conflicts ?? []),
            { targetId: event.data.targetId, reason: event.data.reason },
          ],
        };
    }
  },

  decide: decideBy(handlers),
};

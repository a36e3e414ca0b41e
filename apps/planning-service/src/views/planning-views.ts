import { Inject, Injectable } from '@nestjs/common';
import {
  cadreDecider,
  deadlinesDecider,
  focusCatalogDecider,
  PLANNING_EVENT_SCHEMAS,
  roundDecider,
  targetDecider,
  termPlanDecider,
  type RoundState,
} from '@xuncha/planning-domain';
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import {
  canonicalJurisdiction,
  jurisdictionAncestors,
  type Decider,
  type DomainEvent,
} from '@xuncha/platform-kernel';
import { Projections } from '@xuncha/platform-nest';
import {
  EVERY_EVENT,
  type EventStoreProjectionDefinition,
  type ProjectionRunner,
} from '@xuncha/platform-projections';
import {
  READ_MODEL_STORE,
  type Doc,
  type FindOptions,
  type ReadModelStore,
} from '@xuncha/platform-read-models';

/** Each aggregate's stream prefix and the collection that holds its current state. */
export const VIEWS = {
  target: { streamPrefix: 'planning.target', collection: 'targets', decider: targetDecider },
  cadre: { streamPrefix: 'planning.cadre', collection: 'cadres', decider: cadreDecider },
  termPlan: {
    streamPrefix: 'planning.term-plan',
    collection: 'term-plans',
    decider: termPlanDecider,
  },
  round: { streamPrefix: 'planning.round', collection: 'rounds', decider: roundDecider },
  deadlines: {
    streamPrefix: 'planning.deadlines',
    collection: 'deadlines',
    decider: deadlinesDecider,
  },
  focusCatalog: {
    streamPrefix: 'planning.focus-catalog',
    collection: 'focus-catalogs',
    decider: focusCatalogDecider,
  },
} as const;

const NAME = 'planning-views';
// Longest prefix first: `planning.term-plan-…` must not be read as a target stream.
const BY_PREFIX = Object.values(VIEWS).sort(
  (a, b) => b.streamPrefix.length - a.streamPrefix.length,
);

/**
 * Every aggregate's state as a document (the service's own queries and the
 * facts its rules need), folded from the service's own event store.
 */
export const planningViewsProjection: EventStoreProjectionDefinition = {
  name: NAME,
  collections: Object.values(VIEWS).map((view) => view.collection),
  indexes: {
    targets: [{ scope: 1 }, { status: 1 }],
    rounds: [{ 'window.from': 1 }, { termPlanId: 1 }],
    'focus-catalogs': [{ versionIds: 1 }, { scope: 1 }],
  },
  source: {
    kind: 'event-store',
    streamPrefixes: BY_PREFIX.map((view) => view.streamPrefix),
    upcast: (event) => PLANNING_EVENT_SCHEMAS.upcast(event),
  },
  handlers: {
    [EVERY_EVENT]: async (data, context) => {
      const { streamId, type, revision } = context.event;
      const view = BY_PREFIX.find((v) => streamId.startsWith(`${v.streamPrefix}-`))!;
      const id = streamId.slice(view.streamPrefix.length + 1);
      const decider = view.decider as unknown as Decider<
        Record<string, unknown>,
        unknown,
        DomainEvent
      >;
      const current =
        (await context.get(view.collection, id)) ?? ({ _id: id, ...decider.initialState() } as Doc);
      const state = decider.evolve(current, { type, data });
      context.put(view.collection, {
        ...state,
        ...derived(view.collection, state),
        // The stream's revision: what a client sends back as If-Match with its next change.
        revision,
        _id: id,
      });
    },
  },
};

/** What a planning read may ask of the views. */
export type ViewReads = Pick<ReadModelStore, 'get' | 'find' | 'count' | 'group'>;

/**
 * The planning views as readers see them: every read first waits until the
 * views have folded what the store held when the read began, so a caller
 * reads its own writes and a command's facts include the commands before it.
 * Commands append and answer without waiting; only reads wait, and only while
 * the views are behind.
 */
@Injectable()
export class PlanningViews {
  readonly readModels: ViewReads;
  private readonly runner: ProjectionRunner;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly documents: ReadModelStore,
    projections: Projections,
  ) {
    this.runner = projections.runner(NAME);
    this.readModels = {
      get: async (collection, id) => (await this.current()).get(collection, id),
      find: async (collection, options) => (await this.current()).find(collection, options),
      count: async (collection, filter) => (await this.current()).count(collection, filter),
      group: async (collection, filter, spec) =>
        (await this.current()).group(collection, filter, spec),
    };
  }

  /** The document store once the views have folded the store's head as of now. */
  private async current(): Promise<ReadModelStore> {
    await this.runner.foldedUpTo(await this.store.headPosition());
    return this.documents;
  }

  get<T extends Doc>(collection: string, id: string): Promise<T | undefined> {
    return this.readModels.get<T>(collection, id);
  }

  /** Every matching document, page after page: for rule facts, never for HTTP lists. */
  async all<T extends Doc>(collection: string, options: Omit<FindOptions, 'cursor' | 'limit'>) {
    const documents = await this.current();
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await documents.find<T>(collection, { ...options, limit: 1000, cursor });
      items.push(...page.items);
      cursor = page.next;
    } while (cursor);
    return items;
  }
}

/** Fields the queries filter on: the jurisdiction subtree, a round's targets and cadres. */
function derived(collection: string, state: Record<string, unknown>): Record<string, unknown> {
  const jurisdiction = state.jurisdiction as string | undefined;
  const scope = jurisdiction
    ? { scope: [scopeCode(jurisdiction), ...jurisdictionAncestors(jurisdiction)] }
    : {};
  if (collection === 'focus-catalogs') {
    // A version is looked up by its id, wherever its catalog lives.
    const versions = (state.versions as Array<{ version: string }>).map((v) => v.version);
    return { ...scope, versionIds: versions };
  }
  if (collection !== 'rounds') return scope;
  const teams = (state as unknown as RoundState).teams;
  return {
    ...scope,
    targetIds: teams.flatMap((team) => team.targetIds),
    cadreIds: teams.flatMap((team) => [
      team.leaderId,
      ...team.deputyIds,
      team.liaisonId,
      ...team.memberIds,
    ]),
  };
}

/** The form a code takes in `scope`: 6 digits down to county level, as jurisdictionAncestors gives. */
export const scopeCode = canonicalJurisdiction;

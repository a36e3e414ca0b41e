import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
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
import {
  CheckpointedSubscription,
  EVENT_STORE,
  type EventStore,
} from '@xuncha/platform-event-store';
import {
  canonicalJurisdiction,
  jurisdictionAncestors,
  type Decider,
  type DomainEvent,
  type RecordedEvent,
} from '@xuncha/platform-kernel';
import {
  READ_MODEL_STORE,
  type Doc,
  type DocumentChange,
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
 * The service's own queries and the facts its rules need: every aggregate's
 * state as a document, folded from the service's event store by a
 * checkpointed subscription. Commands wait for it (`caughtUp`), so a caller
 * reads its own writes and the next command's facts include them.
 */
@Injectable()
export class PlanningViews implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PlanningViews');
  private readonly subscription: CheckpointedSubscription;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_STORE) readonly readModels: ReadModelStore,
  ) {
    this.subscription = new CheckpointedSubscription(store, {
      name: NAME,
      handle: (events) => this.fold(events),
      onError: (error, attempt) =>
        this.logger.warn(`folding failed (attempt ${attempt}): ${(error as Error).message}`),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.readModels.ensureIndexes('targets', [{ scope: 1 }, { status: 1 }]);
    await this.readModels.ensureIndexes('rounds', [{ 'window.from': 1 }, { termPlanId: 1 }]);
    await this.readModels.ensureIndexes('focus-catalogs', [{ versionIds: 1 }, { scope: 1 }]);
    this.subscription.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.subscription.stop();
  }

  /** Waits until every event stored so far is folded. */
  async caughtUp(timeoutMs = 10_000): Promise<void> {
    const head = await this.store.headPosition();
    const deadline = Date.now() + timeoutMs;
    while (this.subscription.status().position < head) {
      if (Date.now() > deadline) throw new Error(`views still behind position ${head}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  get<T extends Doc>(collection: string, id: string): Promise<T | undefined> {
    return this.readModels.get<T>(collection, id);
  }

  /** Every matching document, page after page: for rule facts, never for HTTP lists. */
  async all<T extends Doc>(collection: string, options: Omit<FindOptions, 'cursor' | 'limit'>) {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.readModels.find<T>(collection, { ...options, limit: 1000, cursor });
      items.push(...page.items);
      cursor = page.next;
    } while (cursor);
    return items;
  }

  private async fold(
    events: ReadonlyArray<{
      streamId: string;
      type: string;
      data: unknown;
      schemaVersion: number;
      revision: number;
      globalPosition: number;
    }>,
  ): Promise<void> {
    const pending = new Map<string, { collection: string; doc: Doc }>();
    for (const event of events) {
      const view = BY_PREFIX.find((v) => event.streamId.startsWith(`${v.streamPrefix}-`));
      if (!view) continue;
      const id = event.streamId.slice(view.streamPrefix.length + 1);
      const key = `${view.collection}/${id}`;
      const decider = view.decider as unknown as Decider<
        Record<string, unknown>,
        unknown,
        DomainEvent
      >;
      const current =
        pending.get(key)?.doc ??
        (await this.readModels.get(view.collection, id)) ??
        ({ _id: id, ...decider.initialState() } as Doc);
      const { data } = PLANNING_EVENT_SCHEMAS.upcast(event as RecordedEvent);
      const state = decider.evolve(current, { type: event.type, data });
      pending.set(key, {
        collection: view.collection,
        // The stream's revision: what a client sends back as If-Match with its next change.
        doc: { ...state, ...derived(view.collection, state), revision: event.revision, _id: id },
      });
    }
    const changes: DocumentChange[] = [...pending.values()].map(({ collection, doc }) => ({
      kind: 'put',
      collection,
      doc,
    }));
    await this.readModels.commit(changes, {
      projection: NAME,
      source: 'event-store',
      position: String(events[events.length - 1].globalPosition),
    });
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

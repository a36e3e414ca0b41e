import { Inject, Injectable } from '@nestjs/common';
import {
  cadreDecider,
  catalogInForce,
  deadlinesDecider,
  DEFAULT_CATALOG_VERSION,
  coverageRulesDecider,
  effectiveCoveringKinds,
  effectiveDeadlines,
  focusCatalogDecider,
  PLANNING_EVENT_SCHEMAS,
  shippedCatalog,
  SHIPPED_CATALOGS,
  type CatalogVersion,
  type FocusCatalogState,
  roundDecider,
  targetDecider,
  termPlanDecider,
  type CadreFacts,
  type Deadlines,
  type TargetFacts,
  type TargetProfileData,
  type TermPlanState,
  type RoundState,
} from '@xuncha/planning-domain';
import {
  AggregateStore,
  EVENT_STORE,
  findIdempotentOutcome,
  type CommandContext,
  type EventStore,
} from '@xuncha/platform-event-store';
import {
  AggregateNotFound,
  jurisdictionAncestors,
  type DomainEvent,
} from '@xuncha/platform-kernel';
import {
  CommandPipeline,
  answerOf,
  inJurisdiction,
  assertInJurisdiction,
  assertRecordInReach,
  type CommandAnswer,
  type Principal,
} from '@xuncha/platform-nest';
import type { Doc } from '@xuncha/platform-read-models';
import { PlanningViews, VIEWS, scopeCode } from './planning-views';

export type TargetDoc = Doc & TargetProfileData & { id: string; status: TargetFacts['status'] };
export type CadreDoc = Doc & CadreFacts & { name: string };
export type TermPlanDoc = Doc &
  Required<Pick<TermPlanState, 'id' | 'name' | 'jurisdiction' | 'window' | 'status'>> &
  TermPlanState;
export type RoundDoc = Doc &
  Required<
    Pick<
      RoundState,
      'id' | 'termPlanId' | 'jurisdiction' | 'ordinal' | 'kind' | 'modes' | 'window' | 'status'
    >
  > &
  RoundState & { targetIds: string[]; cadreIds: string[] };
type DeadlinesDoc = Doc & { jurisdiction: string; deadlines: Deadlines };
export type FocusCatalogDoc = Doc & Required<FocusCatalogState> & { versionIds: string[] };

/** A catalog version and where it comes from: a jurisdiction's catalog, or shipped (absent). */
export interface KnownCatalogVersion {
  readonly catalog: CatalogVersion;
  readonly jurisdiction?: string;
}

/**
 * The aggregates of the planning context and the facts their rules need.
 * Commands answer once appended; the views' reads wait for them (PlanningViews),
 * so the next command (and the caller's next read) sees their effect.
 */
@Injectable()
export class Planning {
  readonly targets;
  readonly cadres;
  readonly termPlans;
  readonly rounds;
  readonly deadlines;
  readonly focusCatalogs;
  /** Commands on a record in the caller's reach, through the platform's one pipeline. */
  readonly commands;
  /** Which round kinds count toward full coverage, per jurisdiction (no view: read by stream). */
  readonly coverageRules;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    readonly views: PlanningViews,
  ) {
    this.targets = new AggregateStore(store, targetDecider, VIEWS.target);
    this.cadres = new AggregateStore(store, cadreDecider, VIEWS.cadre);
    this.termPlans = new AggregateStore(store, termPlanDecider, VIEWS.termPlan);
    this.rounds = new AggregateStore(store, roundDecider, {
      ...VIEWS.round,
      schemas: PLANNING_EVENT_SCHEMAS,
    });
    this.deadlines = new AggregateStore(store, deadlinesDecider, VIEWS.deadlines);
    this.focusCatalogs = new AggregateStore(store, focusCatalogDecider, VIEWS.focusCatalog);
    this.commands = {
      targets: new CommandPipeline(this.targets, inJurisdiction('target')),
      cadres: new CommandPipeline(this.cadres, inJurisdiction('cadre')),
      termPlans: new CommandPipeline(this.termPlans, inJurisdiction('term plan')),
      rounds: new CommandPipeline(this.rounds, inJurisdiction('round')),
    };
    this.coverageRules = new AggregateStore(store, coverageRulesDecider, {
      streamPrefix: 'planning.coverage-rules',
    });
  }

  async execute<S, C, E extends DomainEvent>(
    aggregates: AggregateStore<S, C, E>,
    id: string,
    command: C,
    context: CommandContext,
  ): Promise<CommandAnswer> {
    return answerOf(await aggregates.execute(id, command, context));
  }

  /** True when the request repeats an Idempotency-Key already answered. */
  async isReplay(context: CommandContext): Promise<boolean> {
    return (await findIdempotentOutcome(this.store, context)) !== undefined;
  }

  /** The document, or 404, also when it lies outside the caller's jurisdiction. */
  async visible<T extends Doc & { jurisdiction?: string }>(
    principal: Principal,
    collection: string,
    id: string,
    aggregate: string,
  ): Promise<T> {
    const doc = await this.views.get<T>(collection, id);
    if (!doc?.jurisdiction) throw new AggregateNotFound(aggregate, id);
    assertRecordInReach(principal, doc.jurisdiction, aggregate, id);
    return doc;
  }

  async targetFacts(ids: readonly string[]): Promise<Array<TargetFacts & { parentId?: string }>> {
    if (ids.length === 0) return [];
    const docs = await this.views.all<TargetDoc>('targets', { filter: { _id: { $in: [...ids] } } });
    return docs.map((doc) => ({
      id: doc._id,
      jurisdiction: doc.jurisdiction,
      status: doc.status,
      ...(doc.parentId && { parentId: doc.parentId }),
    }));
  }

  async cadreFacts(ids: readonly string[]): Promise<CadreFacts[]> {
    if (ids.length === 0) return [];
    const docs = await this.views.all<CadreDoc>('cadres', { filter: { _id: { $in: [...ids] } } });
    return docs.map(toCadreFacts);
  }

  /** Rounds whose windows overlap the given one. */
  overlappingRounds(window: { from: string; to: string }): Promise<RoundDoc[]> {
    return this.views.all<RoundDoc>('rounds', {
      filter: { 'window.from': { $lte: window.to }, 'window.to': { $gte: window.from } },
    });
  }

  /** The round kinds counting toward coverage: the jurisdiction's, its nearest ancestor's, else regular. */
  async coveringKinds(jurisdiction: string) {
    const codes = [scopeCode(jurisdiction), ...jurisdictionAncestors(jurisdiction)];
    const configured = await Promise.all(
      codes.map(async (code) => ({
        jurisdiction: code,
        ...(await this.coverageRules.load(code)).state,
      })),
    );
    return effectiveCoveringKinds(configured);
  }

  /** The jurisdiction's deadlines, else its nearest configured ancestor's, else the defaults. */
  async effectiveDeadlines(jurisdiction: string) {
    const codes = [scopeCode(jurisdiction), ...jurisdictionAncestors(jurisdiction)];
    const configured = await this.views.all<DeadlinesDoc>('deadlines', {
      filter: { _id: { $in: codes } },
    });
    const nearestFirst = codes.flatMap((code) => configured.filter((doc) => doc._id === code));
    return effectiveDeadlines(nearestFirst);
  }

  /** A version by its id: shipped, or issued by some jurisdiction's catalog. */
  async catalogVersion(version: string): Promise<KnownCatalogVersion | undefined> {
    const shipped = shippedCatalog(version);
    if (shipped) return { catalog: shipped };
    const [doc] = await this.views.all<FocusCatalogDoc>('focus-catalogs', {
      filter: { versionIds: version },
    });
    const catalog = doc?.versions.find((v) => v.version === version);
    return catalog && { catalog, jurisdiction: doc.jurisdiction };
  }

  /**
   * The version a round of the jurisdiction uses when the office chose none:
   * the one in force on the day for it or its nearest ancestor with a
   * catalog, else the shipped three focuses.
   */
  async catalogInForce(jurisdiction: string, on: string): Promise<CatalogVersion> {
    const codes = [scopeCode(jurisdiction), ...jurisdictionAncestors(jurisdiction)];
    const docs = await this.views.all<FocusCatalogDoc>('focus-catalogs', {
      filter: { jurisdiction: { $in: codes } },
    });
    const nearestFirst = codes.flatMap((code) => docs.filter((doc) => doc.jurisdiction === code));
    return catalogInForce(nearestFirst, on) ?? shippedCatalog(DEFAULT_CATALOG_VERSION)!;
  }

  /** The catalogs a jurisdiction may use: its own and its ancestors', and the shipped ones. */
  async usableCatalogs(jurisdiction: string): Promise<{
    own: FocusCatalogDoc[];
    shipped: readonly CatalogVersion[];
  }> {
    const codes = [scopeCode(jurisdiction), ...jurisdictionAncestors(jurisdiction)];
    const own = await this.views.all<FocusCatalogDoc>('focus-catalogs', {
      filter: { jurisdiction: { $in: codes } },
      sort: { _id: 1 },
    });
    return { own, shipped: SHIPPED_CATALOGS };
  }
}

export function toCadreFacts(doc: CadreDoc): CadreFacts {
  return {
    id: doc._id,
    jurisdiction: doc.jurisdiction,
    pools: doc.pools,
    expertise: doc.expertise,
    conflicts: doc.conflicts,
    ...(doc.homeUnitId && { homeUnitId: doc.homeUnitId }),
  };
}

/** The subtree a list query reads: the one asked for (403 outside the caller's), else the caller's. */
export function queryScope(principal: Principal, code: string | undefined): string {
  const jurisdiction = code ?? principal.jurisdiction;
  assertInJurisdiction(principal, jurisdiction);
  return scopeCode(jurisdiction);
}

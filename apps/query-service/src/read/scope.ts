import { allDocs } from '@xuncha/platform-read-models';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { TARGET_TIERS, type TargetTier } from '@xuncha/contracts';
import { jurisdictionAncestors } from '@xuncha/platform-kernel';
import { IsDayOrInstant, assertInJurisdiction, type Principal } from '@xuncha/platform-nest';
import type { Filter } from '@xuncha/platform-read-models';
import {
  ROUNDS,
  TERM_PLANS,
  type RoundDoc,
  type TermPlanDoc,
} from '../projections/coverage/coverage.projection';
import { INSPECTION_LEVELS, committeeOf, tiersOf, type InspectionLevel } from './level';
import type { ReadSource } from './read-source';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters every analyst question takes (统计口径). */
export class ScopeQuery {
  @ApiPropertyOptional({
    description: 'Jurisdiction subtree (区划代码); the caller’s own when absent, 403 outside it',
    example: '611000',
  })
  @IsOptional()
  @Matches(/^(\d{6}|\d{9}|\d{12})$/, { message: '$property must be a 6, 9 or 12 digit code' })
  jurisdiction?: string;

  @ApiPropertyOptional({ enum: TARGET_TIERS, description: 'Tier (层级): 市级, 县级 or 村级' })
  @IsOptional()
  @IsIn(TARGET_TIERS)
  tier?: TargetTier;

  @ApiPropertyOptional({
    enum: INSPECTION_LEVELS,
    description:
      'Level by the committee that inspects (巡察层级): city 市委巡察, county 县区党委巡察 ' +
      '(a county committee, targets other than villages), village 对村巡察',
  })
  @IsOptional()
  @IsIn(INSPECTION_LEVELS)
  level?: InspectionLevel;

  @ApiPropertyOptional({ description: 'Term plan (届内巡察规划): its scope and its rounds' })
  @IsOptional()
  @IsUUID()
  termPlanId?: string;

  @ApiPropertyOptional({ description: 'Round (轮次)' })
  @IsOptional()
  @IsUUID()
  roundId?: string;

  @ApiPropertyOptional({
    description: 'Period start (统计期间起), a day (China time) or an instant, included',
    example: '2026-01-01',
  })
  @IsOptional()
  @IsDayOrInstant()
  from?: string;

  @ApiPropertyOptional({
    description: 'Period end (统计期间止), a day (China time, whole day included) or an instant',
    example: '2026-12-31',
  })
  @IsOptional()
  @IsDayOrInstant()
  to?: string;

  @ApiPropertyOptional({
    description:
      'Answer as the read models stood at this instant (截至某时点), replayed from the bus; slower',
    example: '2026-06-30T23:59:59+08:00',
  })
  @IsOptional()
  @IsDayOrInstant()
  asOf?: string;
}

export class PageQuery extends ScopeQuery {
  @ApiPropertyOptional({ description: 'Page size (每页条数), 1 to 1000', default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` of the previous page (翻页游标)' })
  @IsOptional()
  @IsString()
  cursor?: string;
}

/** A request's filters, checked against the caller and with the term plan resolved to rounds. */
export interface Scope {
  readonly jurisdiction: string;
  readonly tier?: TargetTier;
  /** The tiers asked for (tier and level together); absent: all. */
  readonly tiers?: readonly TargetTier[];
  readonly termPlanId?: string;
  /** Term plans of the level's committees, whose scopes are the level's targets; absent: all. */
  readonly termPlanIds?: string[];
  readonly roundId?: string;
  /** Rounds the answer is limited to (the round, the term plan's rounds, both); absent: all. */
  readonly roundIds?: string[];
  readonly from?: string;
  readonly to?: string;
  readonly query: ScopeQuery;
}

/** 403 for a jurisdiction outside the caller's; the caller's own when absent. */
export function jurisdictionFor(principal: Principal, requested?: string): string {
  const jurisdiction = requested ?? principal.jurisdiction;
  assertInJurisdiction(principal, jurisdiction);
  return jurisdiction;
}

const startOf = (value: string) => new Date(DAY.test(value) ? `${value}T00:00:00+08:00` : value);

export async function resolveScope(
  query: ScopeQuery,
  principal: Principal,
  source: ReadSource,
): Promise<Scope> {
  const jurisdiction = jurisdictionFor(principal, query.jurisdiction);
  let roundIds: string[] | undefined = query.roundId ? [query.roundId] : undefined;
  if (query.termPlanId) {
    const rounds = await allDocs<RoundDoc>(await source.store(ROUNDS), ROUNDS, {
      termPlanId: query.termPlanId,
    });
    const ofPlan = rounds.map((r) => r._id);
    roundIds = roundIds ? roundIds.filter((id) => ofPlan.includes(id)) : ofPlan;
  }
  let termPlanIds: string[] | undefined;
  if (query.level) {
    const committee = query.level === 'city' ? 'city' : 'county';
    const ofCommittee = <T extends { _id: string; jurisdiction?: string }>(docs: T[]) =>
      docs.filter((doc) => doc.jurisdiction && committeeOf(doc.jurisdiction) === committee);
    // The subtree's committees, and those above it that inspect in it (提级巡察).
    const around = async <T extends RoundDoc | TermPlanDoc>(collection: string) => {
      const store = await source.store(collection);
      const [below, above] = await Promise.all([
        allDocs<T>(store, collection, { jurisdictions: jurisdiction }),
        allDocs<T>(store, collection, {
          jurisdiction: { $in: jurisdictionAncestors(jurisdiction) },
        }),
      ]);
      return ofCommittee([...below, ...above]).map((doc) => doc._id);
    };
    const [levelRounds, levelPlans] = await Promise.all([
      around<RoundDoc>(ROUNDS),
      around<TermPlanDoc>(TERM_PLANS),
    ]);
    roundIds = roundIds ? roundIds.filter((id) => levelRounds.includes(id)) : levelRounds;
    termPlanIds = query.termPlanId
      ? levelPlans.filter((id) => id === query.termPlanId)
      : levelPlans;
  }
  const tiers = query.level
    ? tiersOf(query.level).filter((tier) => !query.tier || tier === query.tier)
    : undefined;
  const to = query.to && startOf(query.to);
  // A day as the end includes the whole day.
  if (to && DAY.test(query.to!)) to.setTime(to.getTime() + 86_400_000);
  return {
    jurisdiction,
    tier: query.tier,
    ...(tiers && { tiers }),
    termPlanId: query.termPlanId,
    ...(termPlanIds && { termPlanIds }),
    roundId: query.roundId,
    roundIds,
    from: query.from && startOf(query.from).toISOString(),
    to: to ? to.toISOString() : undefined,
    query,
  };
}

/** The filter of a collection whose documents carry jurisdictions, tier, roundId and `dateField`. */
export function scopeFilter(scope: Scope, dateField?: string): Filter {
  const filter: Filter = { jurisdictions: scope.jurisdiction };
  Object.assign(filter, tierFilter(scope));
  if (scope.roundIds) filter.roundId = { $in: scope.roundIds };
  if (dateField && (scope.from || scope.to)) {
    filter[dateField] = {
      ...(scope.from && { $gte: scope.from }),
      ...(scope.to && { $lt: scope.to }),
    };
  }
  return filter;
}

/** The tier condition of a scope: the tier asked for, narrowed by the level. */
export function tierFilter(scope: Scope): Filter {
  if (scope.tiers) return { tier: { $in: [...scope.tiers] } };
  return scope.tier ? { tier: scope.tier } : {};
}

/** The request's own filters as a query string, for drill-down links. */
export function scopeParams(scope: Scope): URLSearchParams {
  const params = new URLSearchParams();
  const q = scope.query;
  params.set('jurisdiction', scope.jurisdiction);
  for (const key of ['tier', 'level', 'termPlanId', 'roundId', 'from', 'to', 'asOf'] as const) {
    if (q[key]) params.set(key, q[key]!);
  }
  return params;
}

import { Injectable } from '@nestjs/common';
import type { TargetProfile } from '@xuncha/contracts';
import {
  suggestTeam,
  type OverlappingRound,
  type RoundCommand,
  type RoundState,
} from '@xuncha/planning-domain';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import type { Principal } from '@xuncha/platform-nest';
import { toTargetProfile } from '../integration/planning.mapper';
import {
  Planning,
  queryScope,
  toCadreFacts,
  type CadreDoc,
  type RoundDoc,
  type TargetDoc,
} from '../views/planning';
import type { FormTeamBody, SuggestTeamBody } from './rounds.dto';

/**
 * What a round's rules need to know of other aggregates (cadres, targets, the term
 * plan, other rounds, deadlines, catalogs), gathered for the command that carries it.
 */
@Injectable()
export class RoundFacts {
  constructor(private readonly planning: Planning) {}

  /** A suggested team from the pools, for the targets asked about. */
  async suggestion(round: RoundDoc, body: SuggestTeamBody, principal: Principal) {
    const [targets, candidates, overlapping] = await Promise.all([
      this.planning.targetFacts(body.targetIds),
      this.planning.views.all<CadreDoc>('cadres', {
        filter: { scope: queryScope(principal, round.jurisdiction) },
      }),
      this.planning.overlappingRounds(round.window),
    ]);
    const missing = body.targetIds.filter((t) => !targets.some((known) => known.id === t));
    if (missing.length > 0) throw new AggregateNotFound('target', missing.join(', '));
    return suggestTeam({
      modes: round.modes,
      targets,
      candidates: candidates.map(toCadreFacts),
      busyCadreIds: overlapping.flatMap((other) => other.cadreIds),
      expertise: body.expertise,
      members: body.members ?? 4,
    });
  }

  /** The targets' profiles, the deadlines in force and the catalog a launch carries. */
  async forLaunch(round: RoundDoc) {
    const docs = await this.planning.views.all<TargetDoc>('targets', {
      filter: { _id: { $in: round.targetIds } },
    });
    const targets: TargetProfile[] = docs.map((doc) =>
      toTargetProfile({ targetId: doc._id, ...doc }),
    );
    const { deadlines } = await this.planning.effectiveDeadlines(round.jurisdiction);
    const chosen =
      round.catalogVersion && (await this.planning.catalogVersion(round.catalogVersion));
    const catalog = chosen
      ? chosen.catalog
      : await this.planning.catalogInForce(round.jurisdiction, round.window.from);
    const { coveringKinds } = await this.planning.coveringKinds(round.jurisdiction);
    return { targets, deadlines, catalog, coveringKinds };
  }

  /** The FormTeam command with the facts its rules need: the cadres, targets, term and other rounds. */
  async formTeam(state: RoundState, id: string, teamId: string, body: FormTeamBody, at: string) {
    const { overlapOverride, ...team } = body;
    const cadreIds = [team.leaderId, ...team.deputyIds, team.liaisonId, ...team.memberIds];
    const [cadres, targets, plan, overlapping] = await Promise.all([
      this.planning.cadreFacts(cadreIds),
      this.planning.targetFacts(team.targetIds),
      this.planning.termPlans.load(state.termPlanId!),
      this.planning.overlappingRounds(state.window!),
    ]);
    const command: RoundCommand = {
      type: 'FormTeam',
      id,
      at,
      team: { teamId, ...team },
      facts: {
        cadres,
        targets,
        inspectedInTerm: plan.state.inspected.map((entry) => entry.targetId),
        overlappingRounds: overlapping
          .filter((other) => other._id !== id)
          .map((other): OverlappingRound => ({
            roundId: other._id,
            ordinal: other.ordinal,
            window: other.window,
            targetIds: other.targetIds,
            cadreIds: other.cadreIds,
          })),
      },
      ...(overlapOverride && { overlapOverride: { reason: overlapOverride.reason } }),
    };
    return command;
  }

  /** The version chosen, and where the planning service knows it, its catalog and jurisdiction. */
  async catalogChoice(catalogVersion: string) {
    const known = await this.planning.catalogVersion(catalogVersion);
    return {
      catalogVersion,
      ...(known && {
        catalog: {
          version: known.catalog.version,
          ...(known.jurisdiction && { jurisdiction: known.jurisdiction }),
        },
      }),
    };
  }
}

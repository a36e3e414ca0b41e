import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RoundLaunched } from '@xuncha/contracts';
import { LEGACY_CATALOG_VERSION, omit, type FocusCatalog } from '@xuncha/inspection-domain';
import { BusContext, OnIntegrationEvent } from '@xuncha/platform-bus';
import { KEY_STORE, type KeyStore } from '@xuncha/platform-crypto';
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import { focusCatalogStore } from '../focus-catalogs/focus-catalog-store';
import { inspectionStore } from '../inspections/inspection-store';
import { talkRulesInForce, talkRulesStore } from '../talk-rules/talk-rules-store';
import { inspectionIdOf } from './inspection-id';

/**
 * Opens one inspection per (team, target) of a launched round. The inspection
 * id comes from (round, team, target) and each command is idempotent on the
 * message, so a redelivered or re-sent RoundLaunched opens nothing twice.
 */
@Controller()
export class OpenInspectionsWhenRoundLaunched {
  private readonly inspections;
  private readonly talkRules;
  private readonly catalogs;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(KEY_STORE) keys: KeyStore) {
    this.inspections = inspectionStore(store, keys);
    this.talkRules = talkRulesStore(store);
    this.catalogs = focusCatalogStore(store);
  }

  @OnIntegrationEvent('xuncha.planning.RoundLaunched.v1')
  async handle(@Payload() round: RoundLaunched, @Ctx() context: BusContext): Promise<void> {
    const openings = round.teams.flatMap((team) =>
      team.targets.map((target) => ({ team, target })),
    );
    // The round's catalog comes with it; a message from before catalogs travelled names none.
    const catalogVersion = round.catalog?.version ?? LEGACY_CATALOG_VERSION;
    if (round.catalog) {
      await this.catalogs.execute(
        catalogVersion,
        {
          type: 'KeepFocusCatalog',
          id: catalogVersion,
          at: context.event.time,
          catalog: round.catalog as FocusCatalog,
        },
        context.commandContext(openings.length),
      );
    }
    for (const [n, { team, target }] of openings.entries()) {
      const id = inspectionIdOf(round.roundId, team.teamId, target.targetId);
      // In a township-with-villages round, the team's villages under this target get their own lists.
      const villages = team.targets
        .filter((other) => other.parentId === target.targetId)
        .map(({ targetId, targetName, jurisdiction }) => ({
          villageId: targetId,
          villageName: targetName,
          jurisdiction,
        }));
      // The rules in force when the inspection opens are the ones it is held to.
      const { rules } = await talkRulesInForce(this.talkRules, target.jurisdiction, target.tier);
      await this.inspections.execute(
        id,
        {
          type: 'OpenInspection',
          id,
          at: context.event.time,
          roundId: round.roundId,
          termPlanId: round.termPlanId,
          ordinal: round.ordinal,
          kind: round.kind,
          modes: [...round.modes],
          team: {
            teamId: team.teamId,
            leaderId: team.leaderId,
            deputyIds: [...team.deputyIds],
            liaisonId: team.liaisonId,
            memberIds: [...team.memberIds],
          },
          target: { ...target },
          villages,
          deadlines: omit(round.deadlines, 'stationingNoticeDays'),
          catalogVersion,
          window: { from: round.window.from, to: round.window.to },
          talkRules: { ...rules, mustTalkGroups: [...rules.mustTalkGroups] },
        },
        context.commandContext(n),
      );
    }
  }
}

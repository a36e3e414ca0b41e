import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { ClueIdentified } from '@xuncha/contracts';
import { BusContext } from '@xuncha/platform-bus';
import { ClueCommands } from '../clues/clue-commands';

/**
 * Registers each clue the inspection service identifies. The clue keeps the
 * inspection's clue id, so a redelivered or re-sent ClueIdentified registers nothing twice.
 */
@Controller()
export class RegisterCluesWhenIdentified {
  constructor(private readonly commands: ClueCommands) {}

  @EventPattern('xuncha.inspection.ClueIdentified.v1')
  async handle(@Payload() clue: ClueIdentified, @Ctx() context: BusContext): Promise<void> {
    const command = context.commandContext();
    await this.commands.execute(
      clue.clueId,
      {
        type: 'RegisterClue',
        id: clue.clueId,
        at: command.now.toISOString(),
        source: 'inspection',
        origin: {
          inspectionId: clue.inspectionId,
          roundId: clue.roundId,
          teamId: clue.teamId,
          teamLeaderId: clue.teamLeaderId,
          targetId: clue.targetId,
          targetName: clue.targetName,
          jurisdiction: clue.jurisdiction,
          tier: clue.tier,
          ...(clue.findingId && { findingId: clue.findingId }),
        },
        person: { ...clue.person },
        allegation: clue.allegation,
        discipline: clue.discipline,
        urgent: clue.urgent,
        evidenceRefs: [...clue.evidenceRefs],
        identifiedAt: clue.identifiedAt,
      },
      command,
    );
  }
}

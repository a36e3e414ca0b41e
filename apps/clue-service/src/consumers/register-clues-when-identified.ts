import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type {
  ClueIdentified,
  SealedClueIdentified,
  SealedCluePersonalData,
} from '@xuncha/contracts';
import type { InvolvedPerson } from '@xuncha/clue-domain';
import { BusContext, OnIntegrationEvent } from '@xuncha/platform-bus';
import { DataKeyMissing, ERASED, KEY_STORE, open, type KeyStore } from '@xuncha/platform-crypto';
import { ClueCommands } from '../clues/clue-commands';

type Identified = Omit<ClueIdentified, 'person' | 'allegation' | 'evidenceRefs'> & {
  person: InvolvedPerson;
  allegation: string;
  evidenceRefs: readonly string[];
};

/**
 * Registers each clue the inspection service identifies. The clue keeps the
 * inspection's clue id, so a redelivered or re-sent ClueIdentified registers nothing twice.
 */
@Controller()
export class RegisterCluesWhenIdentified {
  constructor(
    private readonly commands: ClueCommands,
    @Inject(KEY_STORE) private readonly keys: KeyStore,
  ) {}

  /** Clues the inspection service stored before sealing: in plaintext. */
  @OnIntegrationEvent('xuncha.inspection.ClueIdentified.v1')
  async handle(@Payload() clue: ClueIdentified, @Ctx() context: BusContext): Promise<void> {
    await this.register(clue, context);
  }

  /**
   * Opened with the clue's key from the shared key store. A key erased meanwhile can only
   * belong to a clue registered already (erasure needs one), so the redelivery registers
   * nothing and the erased values are never stored. A key that never reached this store
   * fails the message (retried, then dead-lettered) rather than register an empty clue.
   */
  @OnIntegrationEvent('xuncha.inspection.SealedClueIdentified.v1')
  async handleSealed(
    @Payload() sealed: SealedClueIdentified,
    @Ctx() context: BusContext,
  ): Promise<void> {
    const { personalData, involvedRank, ...clue } = sealed;
    const key = await this.keys.get(clue.clueId);
    if (!key && !(await this.keys.erasedAt(clue.clueId))) throw new DataKeyMissing(clue.clueId);
    const personal: SealedCluePersonalData = key
      ? JSON.parse(open(key, personalData, clue.clueId))
      : { 'person.name': ERASED, 'person.position': ERASED, allegation: ERASED, evidenceRefs: [] };
    await this.register(
      {
        ...clue,
        person: {
          name: personal['person.name'],
          position: personal['person.position'],
          rank: involvedRank,
        },
        allegation: personal.allegation,
        evidenceRefs: personal.evidenceRefs,
      },
      context,
    );
  }

  private async register(clue: Identified, context: BusContext): Promise<void> {
    const command = context.commandContext();
    await this.commands.execute(
      clue.clueId,
      {
        type: 'RegisterClue',
        id: clue.clueId,
        at: command.now.toISOString(),
        // A petition clue is registered by the inspection that received the petition.
        ...(clue.petitionId
          ? { source: 'petition', petitionId: clue.petitionId }
          : { source: 'inspection' }),
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
          ...(clue.resultMonths !== undefined && { resultMonths: clue.resultMonths }),
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

import { RuleViolation } from '@xuncha/platform-kernel';
import type {
  ErasePetitionPersonalData,
  ReceivePetition,
  TriagePetition,
} from '../inspection.commands';
import type { InspectionEvent } from '../inspection.events';
import type { InspectionState } from '../inspection.state';
import { inProgress, openedOf, requirePetition, requireStationed } from './checks';

export function receivePetition(
  state: InspectionState,
  command: ReceivePetition,
): InspectionEvent[] {
  inProgress(state, command);
  requireStationed(state);
  const { petitionId, channel, summary, at } = command;
  return [{ type: 'PetitionReceived', data: { petitionId, channel, summary, receivedAt: at } }];
}

export function triagePetition(state: InspectionState, command: TriagePetition): InspectionEvent[] {
  inProgress(state, command);
  const petition = requirePetition(state, command.petitionId);
  if (petition.triage) {
    throw new RuleViolation('petition-already-triaged', 'the petition was already triaged');
  }
  if (!command.inScope && !command.forwardedTo) {
    throw new RuleViolation(
      'forwarding-authority-missing',
      'a petition outside the inspection scope must name the authority it is forwarded to',
    );
  }
  if (command.inScope && command.forwardedTo) {
    throw new RuleViolation(
      'forwarding-in-scope',
      'a petition inside the inspection scope is handled here, not forwarded',
    );
  }
  return [
    {
      type: 'PetitionTriaged',
      data: {
        petitionId: command.petitionId,
        inScope: command.inScope,
        ...(command.forwardedTo && { forwardedTo: command.forwardedTo }),
      },
    },
  ];
}

export function erasePetitionPersonalData(
  state: InspectionState,
  command: ErasePetitionPersonalData,
): InspectionEvent[] {
  // Erasure answers a person's right, not the work's stage: it holds after closing too.
  openedOf(state, command);
  const petition = requirePetition(state, command.petitionId);
  if (petition.erasure) return [];
  const { petitionId, reason, at } = command;
  return [{ type: 'PetitionPersonalDataErased', data: { petitionId, reason, erasedAt: at } }];
}

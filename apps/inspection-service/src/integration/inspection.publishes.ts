import {
  PROMPT_RECIPIENTS,
  TOPICS,
  type IntegrationEventName,
  type ClueIdentified,
  type ClueRecorded,
  type DirectiveClosed,
  type DirectiveIssued,
  type DirectiveOverdue,
  type FeedbackDelivered,
  type FindingRecorded,
  type ImmediateItemAssigned,
  type InspectionClosed,
  type InspectionOpened,
  type InspectionStepOverdue,
  type PromptSent,
  type ResultUseRecorded,
  type InspectionStationed,
  type ReportApproved,
  type ReportHeard,
  type SealedClueIdentified,
  type TalkGroupMarkedNotApplicable,
  type TalksRecorded,
} from '@xuncha/contracts';
import {
  omit,
  type ClueReleased as ClueReleasedEvent,
  type FindingAmended as FindingAmendedEvent,
  type InspectionEvent,
} from '@xuncha/inspection-domain';
import type { IntegrationMapper, OutgoingEvent } from '@xuncha/platform-bus';
import { INSPECTION_SCHEMAS } from '../inspections/inspection-store';

const INSPECTION_STREAM = 'inspection.inspection-';

const event = (
  name: IntegrationEventName<'inspection'>,
  key: string,
  data: object,
  topic: string = TOPICS.inspectionEvents,
): OutgoingEvent => ({ topic, type: `xuncha.inspection.${name}.v1`, key, data });

/**
 * The inspection's domain events as the contracts of libs/contracts/src/inspection.
 * Meetings, questionnaires, petitions, the portrait and report drafts stay inside
 * the service: no consumer needs them. The clue's person and allegation go out on
 * the restricted clues topic only, sealed as they are stored; the analytics topic gets
 * the redacted twin.
 */
export const inspectionPublishes: IntegrationMapper = (recorded) => {
  if (!recorded.streamId.startsWith(INSPECTION_STREAM)) return [];
  const id = recorded.streamId.slice(INSPECTION_STREAM.length);
  // Stored events of an older schema are read as the current one (ReportHeard v1: texts).
  const { type, data: current } = INSPECTION_SCHEMAS.upcast(recorded);
  const domain = { type, data: current } as InspectionEvent;
  switch (domain.type) {
    case 'InspectionOpened': {
      const { inspectionId, roundId, termPlanId, team, target, talkRules } = domain.data;
      const data: InspectionOpened = {
        inspectionId,
        roundId,
        termPlanId,
        teamId: team.teamId,
        teamLeaderId: team.leaderId,
        target,
        ...(talkRules && {
          talkRules: { ...talkRules, mustTalkGroups: [...talkRules.mustTalkGroups] },
        }),
      };
      return [event('InspectionOpened', id, data)];
    }
    case 'InspectionStationed': {
      const data: InspectionStationed = { inspectionId: id, ...domain.data };
      return [event('InspectionStationed', id, data)];
    }
    case 'TalksRecorded': {
      const data: TalksRecorded = { inspectionId: id, ...domain.data };
      return [event('TalksRecorded', id, data)];
    }
    case 'TalkGroupMarkedNotApplicable': {
      const data: TalkGroupMarkedNotApplicable = { inspectionId: id, ...domain.data };
      return [event('TalkGroupMarkedNotApplicable', id, data)];
    }
    case 'FindingRecorded':
    case 'FindingAmended': {
      // The description and the amendment's reason are working text: they stay in the service.
      const facts = omit(domain.data as FindingAmendedEvent['data'], 'description', 'reason');
      const data: FindingRecorded = { inspectionId: id, ...facts };
      return [event(domain.type, id, data)];
    }
    case 'ImmediateItemAssigned': {
      const data: ImmediateItemAssigned = { inspectionId: id, ...domain.data };
      return [event('ImmediateItemAssigned', id, data)];
    }
    case 'ClueRecorded': {
      const { clueId, roundId, targetId, jurisdiction, tier, findingId, village, person } =
        domain.data;
      const data: ClueRecorded = {
        clueId,
        inspectionId: id,
        roundId,
        targetId,
        jurisdiction,
        tier,
        ...(findingId && { findingId }),
        ...(village && { villageId: village.villageId, village: { ...village } }),
        involvedRank: person.rank,
        discipline: domain.data.discipline,
        urgent: domain.data.urgent,
        identifiedAt: domain.data.identifiedAt,
      };
      return [event('ClueRecorded', id, data)];
    }
    case 'ClueReleased': {
      const { sealed, ...stored } = recorded.data as { sealed?: string };
      if (sealed === undefined) return [legacyClueIdentified(domain.data)];
      // The stored ciphertext goes out as it is: the publisher never holds the clue's key.
      const { person, ...clue } = omit(
        stored as Omit<ClueReleasedEvent['data'], 'allegation' | 'evidenceRefs'>,
        'personalDataErased',
      );
      const data: SealedClueIdentified = {
        ...clue,
        involvedRank: person.rank,
        personalData: sealed,
      };
      return [event('SealedClueIdentified', clue.clueId, data, TOPICS.inspectionClues)];
    }
    case 'ReportApproved': {
      const data: ReportApproved = { inspectionId: id, ...domain.data };
      return [event('ReportApproved', id, data)];
    }
    case 'ReportHeard': {
      const { heardAt, directives } = domain.data;
      const data: ReportHeard = {
        inspectionId: id,
        heardAt,
        directives: directives.map((d) => d.subject),
      };
      return [
        event('ReportHeard', id, data),
        ...directives.map((directive) => {
          const issued: DirectiveIssued = { inspectionId: id, heardAt, ...directive };
          return event('DirectiveIssued', id, issued);
        }),
      ];
    }
    case 'DirectiveClosed': {
      const { directiveId, closedAt } = domain.data;
      const data: DirectiveClosed = { inspectionId: id, directiveId, closedAt };
      return [event('DirectiveClosed', id, data)];
    }
    case 'ResultUseRecorded': {
      // What a use is about goes to its recipient only: the analytics topic counts it.
      const { subject, targetName, ...counted } = domain.data;
      const recorded: ResultUseRecorded = { inspectionId: id, ...counted };
      const prompted = domain.data.kind in PROMPT_RECIPIENTS;
      if (!prompted) return [event('ResultUseRecorded', id, recorded)];
      const prompt: PromptSent = {
        useId: counted.useId,
        inspectionId: id,
        recipient: PROMPT_RECIPIENTS[counted.kind as keyof typeof PROMPT_RECIPIENTS],
        targetId: counted.targetId,
        targetName,
        jurisdiction: counted.jurisdiction,
        subject,
        sentAt: counted.sentAt,
      };
      return [
        event('ResultUseRecorded', id, recorded),
        event('PromptSent', id, prompt, TOPICS.inspectionPrompts),
      ];
    }
    case 'InspectionStepOverdue': {
      const data: InspectionStepOverdue = { inspectionId: id, ...domain.data };
      return [event('InspectionStepOverdue', id, data)];
    }
    case 'DirectiveOverdue': {
      const data: DirectiveOverdue = { inspectionId: id, ...domain.data };
      return [event('DirectiveOverdue', id, data)];
    }
    case 'FeedbackDelivered': {
      const { lists, ...feedback } = domain.data;
      // One FeedbackDelivered per problem list: the rectification service opens one case each.
      return lists.map((list) => {
        const data: FeedbackDelivered = {
          ...feedback,
          copiedTo: [...feedback.copiedTo],
          feedbackId: list.feedbackId,
          ...(list.village && { village: list.village }),
          // The list names its village once; its findings keep only the id.
          findings: list.findings.map(
            ({ description: _d, amount: _a, village: _v, foundAt: _f, ...finding }) => finding,
          ),
          immediateItems: list.immediateItems.map(
            ({ dueBy: _due, assignedAt: _at, ...item }) => item,
          ),
        };
        return event('FeedbackDelivered', id, data);
      });
    }
    case 'InspectionClosed': {
      const data: InspectionClosed = { inspectionId: id, ...domain.data };
      return [event('InspectionClosed', id, data)];
    }
    default:
      return [];
  }
};

/** A clue stored before sealing goes out in plaintext, as it did then. */
function legacyClueIdentified(clue: ClueReleasedEvent['data']): OutgoingEvent {
  const data: ClueIdentified = {
    ...omit(clue, 'personalDataErased'),
    person: { ...clue.person },
    evidenceRefs: [...clue.evidenceRefs],
  };
  return event('ClueIdentified', clue.clueId, data, TOPICS.inspectionClues);
}

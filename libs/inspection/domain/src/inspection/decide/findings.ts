import { RuleViolation, happenedAt } from '@xuncha/platform-kernel';
import { catalogOfRound, portraitDimension } from '../../catalog/focus-catalog';
import type {
  AmendFinding,
  AssignImmediateItem,
  RecordClue,
  RecordFinding,
  RecordLeaderPortrait,
} from '../inspection.commands';
import type { Clue, InspectionEvent, Village } from '../inspection.events';
import type { InspectionState } from '../inspection.state';
import {
  classify,
  inProgress,
  release,
  reportAtLeast,
  requireNoFeedback,
  requirePetitionInScope,
  requireStationed,
  requireVillage,
  unknownFinding,
} from './checks';

export function recordFinding(state: InspectionState, command: RecordFinding): InspectionEvent[] {
  const { scope } = inProgress(state, command);
  requireStationed(state);
  requireNoFeedback(state);
  if (state.findings[command.findingId]) return [];
  return [{ type: 'FindingRecorded', data: { ...scope, ...classify(command, state) } }];
}

export function amendFinding(state: InspectionState, command: AmendFinding): InspectionEvent[] {
  const { scope } = inProgress(state, command);
  if (!state.findings[command.findingId]) unknownFinding(command.findingId);
  return [
    {
      type: 'FindingAmended',
      data: { ...scope, ...classify(command, state), reason: command.reason },
    },
  ];
}

export function assignImmediateItem(
  state: InspectionState,
  command: AssignImmediateItem,
): InspectionEvent[] {
  const { scope } = inProgress(state, command);
  requireStationed(state);
  requireNoFeedback(state);
  if (command.findingId && !state.findings[command.findingId]) unknownFinding(command.findingId);
  const { itemId, title, findingId, dueBy } = command;
  const finding = findingId ? state.findings[findingId] : undefined;
  const assignedAt = happenedAt(
    'immediate item',
    command.assignedAt,
    command.at,
    finding?.foundAt
      ? { step: 'finding', at: finding.foundAt }
      : { step: 'stationing', at: state.stationed!.announcedAt },
  );
  return [
    {
      type: 'ImmediateItemAssigned',
      data: {
        itemId,
        targetId: scope.targetId,
        title,
        ...(findingId && { findingId }),
        ...(dueBy && { dueBy }),
        assignedAt,
      },
    },
  ];
}

export function recordClue(state: InspectionState, command: RecordClue): InspectionEvent[] {
  const { opened, scope } = inProgress(state, command);
  requireStationed(state);
  if (command.findingId && !state.findings[command.findingId]) unknownFinding(command.findingId);
  if (command.petitionId) requirePetitionInScope(state, command.petitionId);
  const village = villageOfClue(state, command);
  const clue: Clue = {
    clueId: command.clueId,
    ...(command.findingId && { findingId: command.findingId }),
    ...(command.petitionId && { petitionId: command.petitionId }),
    ...(village && { villageId: village.villageId, village }),
    person: command.person,
    allegation: command.allegation,
    discipline: command.discipline,
    urgent: command.urgent,
    identifiedAt: happenedAt('identification', command.identifiedAt, command.at, {
      step: 'stationing',
      at: state.stationed!.announcedAt,
    }),
    evidenceRefs: command.evidenceRefs,
  };
  const recorded: InspectionEvent = { type: 'ClueRecorded', data: { ...scope, ...clue } };
  // Urgent clues go out while the inspection goes on (边巡边移); once the report is
  // approved, every new clue goes out at once: there is no later report to wait for.
  const releaseNow = command.urgent || reportAtLeast(state, 'approved');
  return releaseNow ? [recorded, release(clue, opened, scope)] : [recorded];
}

/** A clue is about the village it names, or else its finding's; a finding's clue stays in its place. */
function villageOfClue(state: InspectionState, command: RecordClue): Village | undefined {
  const finding = command.findingId ? state.findings[command.findingId] : undefined;
  if (command.villageId === undefined) return finding?.village;
  const village = requireVillage(state.opened!, command.villageId);
  if (finding && finding.villageId !== command.villageId) {
    throw new RuleViolation(
      'village-not-finding-village',
      `the clue's finding ${finding.findingId} is about ` +
        (finding.villageId ? `village ${finding.villageId}` : 'the target itself') +
        `, not village ${command.villageId}`,
      { villageId: command.villageId, findingId: finding.findingId },
    );
  }
  return village;
}

export function recordLeaderPortrait(
  state: InspectionState,
  command: RecordLeaderPortrait,
): InspectionEvent[] {
  const { opened } = inProgress(state, command);
  requireStationed(state);
  const catalog = catalogOfRound(command.catalog, opened.catalogVersion);
  const seen = new Set<string>();
  for (const entry of command.entries) {
    if (!portraitDimension(catalog, entry.dimension)) {
      throw new RuleViolation(
        'unknown-portrait-dimension',
        `${entry.dimension} is not a portrait dimension of catalog ${opened.catalogVersion}`,
        { dimension: entry.dimension, catalogVersion: opened.catalogVersion },
      );
    }
    if (seen.has(entry.dimension)) {
      throw new RuleViolation(
        'duplicate-portrait-dimension',
        `${entry.dimension} is assessed twice`,
        { dimension: entry.dimension },
      );
    }
    seen.add(entry.dimension);
  }
  return [
    {
      type: 'LeaderPortraitRecorded',
      data: { entries: command.entries, recordedAt: command.at },
    },
  ];
}

import { AggregateNotFound, RuleViolation, happenedAt } from '@xuncha/platform-kernel';
import { catalogOfRound, focusItem } from '../../catalog/focus-catalog';
import type { AmendFinding, RecordFinding } from '../inspection.commands';
import type {
  Clue,
  Finding,
  InspectionEvent,
  InspectionOpened,
  InspectionScope,
  Petition,
  Village,
} from '../inspection.events';
import { REPORT_STAGES, type InspectionState, type ReportStage } from '../inspection.state';
import type { talkCoverage } from '../../talks/talk-coverage';

/** What every command of an inspection's work checks first: it exists and it is not closed. */
export function inProgress(
  state: InspectionState,
  command: { readonly id: string },
): { opened: InspectionOpened['data']; scope: InspectionScope } {
  const opened = openedOf(state, command);
  if (state.closed) {
    throw new RuleViolation('inspection-closed', 'the inspection is closed', { id: command.id });
  }
  const scope: InspectionScope = {
    roundId: opened.roundId,
    targetId: opened.target.targetId,
    jurisdiction: opened.target.jurisdiction,
    tier: opened.target.tier,
  };
  return { opened, scope };
}

export function openedOf(
  state: InspectionState,
  command: { readonly id: string },
): InspectionOpened['data'] {
  if (!state.opened) throw new AggregateNotFound('inspection', command.id);
  return state.opened;
}

/** The finding of a record or amend command, checked against the catalog and the villages. */
export function classify(command: RecordFinding | AmendFinding, state: InspectionState): Finding {
  const opened = state.opened!;
  const catalog = catalogOfRound(command.catalog, opened.catalogVersion);
  if (!focusItem(catalog, command.focusItem)) {
    throw new RuleViolation(
      'unknown-focus-item',
      `${command.focusItem} is not an item of catalog ${opened.catalogVersion}`,
      { focusItem: command.focusItem, catalogVersion: opened.catalogVersion },
    );
  }
  const village = command.villageId ? requireVillage(opened, command.villageId) : undefined;
  const foundAt = foundAtOf(command, state);
  const {
    findingId,
    title,
    description,
    focusItem: item,
    involvedRank,
    amount,
    villageId,
    keyProblem,
    publicConcern,
  } = command;
  return {
    findingId,
    title,
    description,
    focusItem: item,
    catalogVersion: opened.catalogVersion,
    involvedRank,
    ...(amount !== undefined && { amount }),
    ...(village && { villageId, village }),
    ...(keyProblem && { keyProblem }),
    ...(publicConcern && { publicConcern }),
    ...(foundAt && { foundAt }),
  };
}

/** When the finding was found: as told, else (an amendment) as first recorded, else now. */
function foundAtOf(command: RecordFinding | AmendFinding, state: InspectionState) {
  const stationing = state.stationed && { step: 'stationing', at: state.stationed.announcedAt };
  if (command.foundAt) return happenedAt('finding', command.foundAt, command.at, stationing);
  if (command.type === 'AmendFinding') return state.findings[command.findingId]?.foundAt;
  return happenedAt('finding', undefined, command.at, stationing);
}

export function release(
  clue: Clue,
  opened: InspectionOpened['data'],
  scope: InspectionScope,
): InspectionEvent {
  return {
    type: 'ClueReleased',
    data: {
      ...scope,
      ...clue,
      inspectionId: opened.inspectionId,
      teamId: opened.team.teamId,
      teamLeaderId: opened.team.leaderId,
      targetName: opened.target.targetName,
      ...(opened.deadlines.clueResultMonths !== undefined && {
        resultMonths: opened.deadlines.clueResultMonths,
      }),
    },
  };
}

export function requirePetition(state: InspectionState, petitionId: string): Petition {
  const petition = Object.hasOwn(state.petitions, petitionId) && state.petitions[petitionId];
  if (!petition) {
    throw new RuleViolation('unknown-petition', `no petition ${petitionId} here`, { petitionId });
  }
  return petition;
}

/**
 * A petition clue (信访线索) comes from a petition this inspection received and kept: one
 * forwarded to another authority (不属于巡察受理范围) is that authority's to act on.
 */
export function requirePetitionInScope(state: InspectionState, petitionId: string): void {
  const petition = requirePetition(state, petitionId);
  if (petition.triage && !petition.triage.inScope) {
    throw new RuleViolation(
      'petition-forwarded',
      `petition ${petitionId} was forwarded to ${petition.triage.forwardedTo}: the clue is theirs`,
      { petitionId, forwardedTo: petition.triage.forwardedTo },
    );
  }
}

export function requireTalksCovered(coverage: ReturnType<typeof talkCoverage>): void {
  if (coverage.talked < coverage.required) {
    throw new RuleViolation(
      'talk-coverage-not-met',
      `${coverage.talked} talks for a headcount of ${coverage.headcount}: ${coverage.required} needed`,
      { talked: coverage.talked, required: coverage.required, headcount: coverage.headcount },
    );
  }
  if (coverage.missingGroups.length > 0) {
    throw new RuleViolation(
      'must-talk-groups-missing',
      `no talks yet with: ${coverage.missingGroups.join(', ')}`,
      { missingGroups: coverage.missingGroups },
    );
  }
  const members = coverage.partyMembers;
  if (members && members.talked < members.required) {
    throw new RuleViolation(
      'party-member-talks-short',
      `${members.talked} party-member talks for ${members.required} party members (全体党员)`,
      { talked: members.talked, required: members.required },
    );
  }
}

export function requireStationed(state: InspectionState): void {
  if (!state.stationed) {
    throw new RuleViolation(
      'inspection-not-stationed',
      'field work starts once the team is stationed and the inspection announced',
    );
  }
}

export function requireNoFeedback(state: InspectionState): void {
  if (state.feedback) {
    throw new RuleViolation(
      'inspection-feedback-delivered',
      'feedback was delivered: correct findings by amendment, record no new ones',
    );
  }
}

export function requireVillage(opened: InspectionOpened['data'], villageId: string): Village {
  const village = opened.villages.find((v) => v.villageId === villageId);
  if (!village) {
    throw new RuleViolation('unknown-village', `${villageId} is not a village of this inspection`, {
      villageId,
    });
  }
  return village;
}

export function unknownFinding(findingId: string): never {
  throw new RuleViolation('unknown-finding', `no finding ${findingId} in this inspection`, {
    findingId,
  });
}

export function reportAtLeast(state: InspectionState, stage: ReportStage): boolean {
  return REPORT_STAGES.indexOf(state.report.stage) >= REPORT_STAGES.indexOf(stage);
}

export function requireReportAtLeast(
  state: InspectionState,
  stage: ReportStage,
  rule: string,
): void {
  if (!reportAtLeast(state, stage)) {
    throw new RuleViolation(
      rule,
      `the report is ${state.report.stage}, it must be ${stage} first`,
      {
        stage: state.report.stage,
      },
    );
  }
}

export function requireReportBefore(state: InspectionState, stage: ReportStage): void {
  if (reportAtLeast(state, stage)) {
    throw new RuleViolation(
      `report-already-${stage}`,
      `the report is already ${state.report.stage}`,
      {
        stage: state.report.stage,
      },
    );
  }
}

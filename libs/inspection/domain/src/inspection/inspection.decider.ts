import type { TalkGroup } from '@xuncha/contracts';
import {
  AggregateNotFound,
  RuleViolation,
  addDays,
  addMonths,
  addWorkingDays,
  chinaDay,
  happenedAt,
  type Decider,
} from '@xuncha/platform-kernel';
import { catalogOfRound, focusItem, portraitDimension } from '../catalog/focus-catalog';
import { omit } from './omit';
import type { InspectionCommand } from './inspection.commands';
import type {
  Clue,
  DocumentsReviewed,
  FeedbackDelivered,
  FeedbackList,
  Finding,
  ImmediateItem,
  InspectionEvent,
  InspectionOpened,
  InspectionScope,
  InspectionStationed,
  MeetingHeld,
  PortraitEntry,
  Petition,
  VisitMade,
} from './inspection.events';
import { talkCoverage, type NotApplicableGroups } from '../talks/talk-coverage';
import { DEFAULT_TALK_RULES, type TalkRules } from '../talks/talk-rules';

export const REPORT_STAGES = [
  'none',
  'drafted',
  'revised',
  'approved',
  'consulted',
  'heard',
] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

export interface InspectionState {
  readonly opened?: InspectionOpened['data'];
  readonly stationed?: InspectionStationed['data'];
  readonly meetings: readonly MeetingHeld['data'][];
  readonly talks: Readonly<Partial<Record<TalkGroup, number>>>;
  /** Must-talk groups absent at the target, with the team's reason. */
  readonly talksNotApplicable: NotApplicableGroups;
  readonly questionnaires: number;
  readonly evaluations: number;
  readonly documentReviews: readonly DocumentsReviewed['data'][];
  readonly visits: readonly VisitMade['data'][];
  readonly petitions: Readonly<Record<string, Petition>>;
  readonly findings: Readonly<Record<string, Finding & { amendments: number }>>;
  readonly immediateItems: Readonly<Record<string, ImmediateItem>>;
  readonly clues: Readonly<Record<string, Clue & { released: boolean }>>;
  readonly portrait?: { readonly entries: readonly PortraitEntry[]; readonly recordedAt: string };
  readonly report: {
    readonly stage: ReportStage;
    readonly summary?: string;
    readonly heardAt?: string;
    readonly directives: readonly string[];
  };
  readonly feedback?: FeedbackDelivered['data'];
  readonly closed: boolean;
}

const initialState = (): InspectionState => ({
  meetings: [],
  talks: {},
  talksNotApplicable: {},
  questionnaires: 0,
  evaluations: 0,
  documentReviews: [],
  visits: [],
  petitions: {},
  findings: {},
  immediateItems: {},
  clues: {},
  report: { stage: 'none', directives: [] },
  closed: false,
});

function evolve(state: InspectionState, event: InspectionEvent): InspectionState {
  switch (event.type) {
    case 'InspectionOpened':
      return { ...state, opened: event.data };
    case 'InspectionStationed':
      return { ...state, stationed: event.data };
    case 'MeetingHeld':
      return { ...state, meetings: [...state.meetings, event.data] };
    case 'TalksRecorded': {
      const { group, count } = event.data;
      // Talks with a group show it was there after all: it is no longer not applicable.
      return {
        ...state,
        talks: { ...state.talks, [group]: (state.talks[group] ?? 0) + count },
        talksNotApplicable: omit(state.talksNotApplicable, group),
      };
    }
    case 'TalkGroupMarkedNotApplicable':
      return {
        ...state,
        talksNotApplicable: { ...state.talksNotApplicable, [event.data.group]: event.data.reason },
      };
    case 'QuestionnairesRecorded':
      return { ...state, questionnaires: state.questionnaires + event.data.respondents };
    case 'EvaluationRecorded':
      return { ...state, evaluations: state.evaluations + event.data.respondents };
    case 'DocumentsReviewed':
      return { ...state, documentReviews: [...state.documentReviews, event.data] };
    case 'VisitMade':
      return { ...state, visits: [...state.visits, event.data] };
    case 'PetitionReceived': {
      const { petitionId, ...petition } = event.data;
      return { ...state, petitions: { ...state.petitions, [petitionId]: petition } };
    }
    case 'PetitionTriaged': {
      const { petitionId, inScope, forwardedTo } = event.data;
      const petition = { ...state.petitions[petitionId], triage: { inScope, forwardedTo } };
      return { ...state, petitions: { ...state.petitions, [petitionId]: petition } };
    }
    case 'PetitionPersonalDataErased': {
      const { petitionId, reason, erasedAt } = event.data;
      const petition = { ...state.petitions[petitionId], erasure: { at: erasedAt, reason } };
      return { ...state, petitions: { ...state.petitions, [petitionId]: petition } };
    }
    case 'FindingRecorded':
      return {
        ...state,
        findings: {
          ...state.findings,
          [event.data.findingId]: { ...finding(event.data), amendments: 0 },
        },
      };
    case 'FindingAmended': {
      const amendments = state.findings[event.data.findingId].amendments + 1;
      return {
        ...state,
        findings: {
          ...state.findings,
          [event.data.findingId]: { ...finding(event.data), amendments },
        },
      };
    }
    case 'ImmediateItemAssigned': {
      const item = omit(event.data, 'targetId');
      return { ...state, immediateItems: { ...state.immediateItems, [item.itemId]: item } };
    }
    case 'ClueRecorded': {
      const clue = omit(event.data, 'roundId', 'targetId', 'jurisdiction', 'tier');
      return { ...state, clues: { ...state.clues, [clue.clueId]: { ...clue, released: false } } };
    }
    case 'ClueReleased': {
      const clue = { ...state.clues[event.data.clueId], released: true };
      return { ...state, clues: { ...state.clues, [clue.clueId]: clue } };
    }
    case 'LeaderPortraitRecorded':
      return { ...state, portrait: event.data };
    case 'ReportDrafted':
      return {
        ...state,
        report: { ...state.report, stage: 'drafted', summary: event.data.summary },
      };
    case 'ReportRevised':
      return {
        ...state,
        report: { ...state.report, stage: 'revised', summary: event.data.summary },
      };
    case 'ReportApproved':
      return { ...state, report: { ...state.report, stage: 'approved' } };
    case 'ReportConsulted':
      return { ...state, report: { ...state.report, stage: 'consulted' } };
    case 'ReportHeard':
      return {
        ...state,
        report: { ...state.report, stage: 'heard', ...event.data },
      };
    case 'FeedbackDelivered':
      return { ...state, feedback: event.data };
    case 'InspectionClosed':
      return { ...state, closed: true };
  }
}

/** The finding fields of a finding event, without the scope it travels with. */
function finding(data: InspectionScope & Finding & { reason?: string }): Finding {
  return omit(data, 'roundId', 'targetId', 'jurisdiction', 'tier', 'reason');
}

function decide(command: InspectionCommand, state: InspectionState): InspectionEvent[] {
  if (command.type === 'OpenInspection') {
    // Opening is keyed on (round, team, target): a second delivery opens nothing.
    if (state.opened) return [];
    const opening = omit(command, 'type', 'id', 'at');
    return [
      {
        type: 'InspectionOpened',
        data: { inspectionId: command.id, ...opening, openedAt: command.at },
      },
    ];
  }
  const opened = state.opened;
  if (!opened) throw new AggregateNotFound('inspection', command.id);
  // Erasure answers a person's right, not the work's stage: it holds after closing too.
  if (command.type === 'ErasePetitionPersonalData') {
    const petition = requirePetition(state, command.petitionId);
    if (petition.erasure) return [];
    const { petitionId, reason, at } = command;
    return [{ type: 'PetitionPersonalDataErased', data: { petitionId, reason, erasedAt: at } }];
  }
  if (state.closed) {
    throw new RuleViolation('inspection-closed', 'the inspection is closed', { id: command.id });
  }
  const scope: InspectionScope = {
    roundId: opened.roundId,
    targetId: opened.target.targetId,
    jurisdiction: opened.target.jurisdiction,
    tier: opened.target.tier,
  };

  switch (command.type) {
    case 'StationTeam': {
      if (state.stationed) {
        throw new RuleViolation('inspection-already-stationed', 'the team is already stationed');
      }
      // 进驻 is part of the round: a day outside its window is a wrong date, not a new round.
      const stationedOn = chinaDay(command.announcedAt);
      const window = opened.window;
      if (window && (stationedOn < window.from || stationedOn > window.to)) {
        throw new RuleViolation(
          'stationing-outside-round-window',
          `the team is stationed on ${stationedOn}, outside the round's window ${window.from} to ${window.to}`,
          { stationedOn, window: { ...window } },
        );
      }
      const fieldStageDueBy = addDays(
        chinaDay(command.announcedAt),
        opened.deadlines.fieldStageDays - 1,
      );
      return [
        {
          type: 'InspectionStationed',
          data: { announcedAt: command.announcedAt, channels: command.channels, fieldStageDueBy },
        },
      ];
    }
    case 'HoldMeeting': {
      const { kind, heldOn, attendees, note } = command;
      return [{ type: 'MeetingHeld', data: { kind, heldOn, attendees, ...(note && { note }) } }];
    }
    case 'RecordTalks': {
      requireStationed(state);
      const cumulative =
        Object.values(state.talks).reduce((sum, count) => sum + (count ?? 0), 0) + command.count;
      return [
        {
          type: 'TalksRecorded',
          data: { group: command.group, count: command.count, talkedOn: command.date, cumulative },
        },
      ];
    }
    case 'MarkTalkGroupNotApplicable': {
      requireStationed(state);
      requireReportBefore(state, 'drafted');
      const { group } = command;
      const reason = command.reason.trim();
      if (!talkRulesOf(opened).mustTalkGroups.includes(group)) {
        throw new RuleViolation(
          'talk-group-not-required',
          `${group} is not a must-talk group of this inspection`,
          { group },
        );
      }
      if (!reason) {
        throw new RuleViolation(
          'not-applicable-reason-required',
          'say why the group is not applicable',
          { group },
        );
      }
      if (state.talks[group]) {
        throw new RuleViolation('talk-group-has-talks', `talks with ${group} are recorded`, {
          group,
          talks: state.talks[group],
        });
      }
      if (state.talksNotApplicable[group] === reason) return [];
      return [
        { type: 'TalkGroupMarkedNotApplicable', data: { group, reason, markedAt: command.at } },
      ];
    }
    case 'RecordQuestionnaires':
      requireStationed(state);
      return [
        {
          type: 'QuestionnairesRecorded',
          data: { respondents: command.respondents, date: command.date },
        },
      ];
    case 'RecordEvaluation':
      requireStationed(state);
      return [
        {
          type: 'EvaluationRecorded',
          data: { respondents: command.respondents, date: command.date },
        },
      ];
    case 'ReviewDocuments': {
      requireStationed(state);
      const { subject, volumes, date } = command;
      return [{ type: 'DocumentsReviewed', data: { subject, volumes, date } }];
    }
    case 'RecordVisit':
      requireStationed(state);
      return [{ type: 'VisitMade', data: { place: command.place, date: command.date } }];
    case 'ReceivePetition': {
      requireStationed(state);
      const { petitionId, channel, summary, at } = command;
      return [{ type: 'PetitionReceived', data: { petitionId, channel, summary, receivedAt: at } }];
    }
    case 'TriagePetition': {
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
    case 'RecordFinding': {
      requireStationed(state);
      requireNoFeedback(state);
      if (state.findings[command.findingId]) return [];
      return [{ type: 'FindingRecorded', data: { ...scope, ...classify(command, state) } }];
    }
    case 'AmendFinding': {
      if (!state.findings[command.findingId]) unknownFinding(command.findingId);
      return [
        {
          type: 'FindingAmended',
          data: { ...scope, ...classify(command, state), reason: command.reason },
        },
      ];
    }
    case 'AssignImmediateItem': {
      requireStationed(state);
      requireNoFeedback(state);
      if (command.findingId && !state.findings[command.findingId])
        unknownFinding(command.findingId);
      const { itemId, title, findingId, dueBy } = command;
      return [
        {
          type: 'ImmediateItemAssigned',
          data: {
            itemId,
            targetId: scope.targetId,
            title,
            ...(findingId && { findingId }),
            ...(dueBy && { dueBy }),
          },
        },
      ];
    }
    case 'RecordClue': {
      requireStationed(state);
      if (command.findingId && !state.findings[command.findingId])
        unknownFinding(command.findingId);
      if (command.petitionId) requirePetitionInScope(state, command.petitionId);
      const clue: Clue = {
        clueId: command.clueId,
        ...(command.findingId && { findingId: command.findingId }),
        ...(command.petitionId && { petitionId: command.petitionId }),
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
    case 'RecordLeaderPortrait': {
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
    case 'DraftReport': {
      requireStationed(state);
      requireReportBefore(state, 'approved');
      requireTalksCovered(inspectionTalkCoverage(state, opened));
      return [{ type: 'ReportDrafted', data: { summary: command.summary, draftedAt: command.at } }];
    }
    case 'ReviseReport':
      requireReportAtLeast(state, 'drafted', 'report-not-drafted');
      requireReportBefore(state, 'approved');
      return [{ type: 'ReportRevised', data: { summary: command.summary, revisedAt: command.at } }];
    case 'ApproveReport': {
      requireReportAtLeast(state, 'drafted', 'report-not-drafted');
      requireReportBefore(state, 'approved');
      const clues = Object.values(state.clues);
      const approved: InspectionEvent = {
        type: 'ReportApproved',
        data: {
          approvedAt: command.at,
          findingCount: Object.keys(state.findings).length,
          immediateItemCount: Object.keys(state.immediateItems).length,
          clueCount: clues.length,
          talkCount: inspectionTalkCoverage(state, opened).talked,
        },
      };
      // Clues that were not urgent go to the clue service with the approved report.
      const released = clues
        .filter((clue) => !clue.released)
        .map(({ released: _released, ...clue }) => release(clue, opened, scope));
      return [approved, ...released];
    }
    case 'ConsultOnReport':
      requireReportAtLeast(state, 'approved', 'report-not-approved');
      requireReportBefore(state, 'heard');
      return [{ type: 'ReportConsulted', data: { consultedAt: command.at, note: command.note } }];
    case 'HearReport':
      requireReportAtLeast(state, 'approved', 'report-not-approved');
      requireReportBefore(state, 'heard');
      return [
        { type: 'ReportHeard', data: { heardAt: command.heardAt, directives: command.directives } },
      ];
    case 'DeliverFeedback':
      return [deliverFeedback(command, state, opened, scope)];
    case 'CloseInspection': {
      if (!state.feedback) {
        throw new RuleViolation(
          'feedback-not-delivered',
          'an inspection closes after its feedback',
        );
      }
      const inspectedTargetIds = [
        opened.target.targetId,
        ...state.feedback.lists.flatMap((list) => (list.village ? [list.village.villageId] : [])),
      ];
      return [
        {
          type: 'InspectionClosed',
          data: {
            roundId: opened.roundId,
            termPlanId: opened.termPlanId,
            targetId: opened.target.targetId,
            inspectedTargetIds,
            closedAt: command.at,
          },
        },
      ];
    }
  }
}

function deliverFeedback(
  command: Extract<InspectionCommand, { type: 'DeliverFeedback' }>,
  state: InspectionState,
  opened: InspectionOpened['data'],
  scope: InspectionScope,
): InspectionEvent {
  if (state.feedback) {
    throw new RuleViolation('feedback-already-delivered', 'the feedback was already delivered');
  }
  requireReportAtLeast(state, 'heard', 'report-not-heard');
  for (const villageId of command.villageIds) requireVillage(opened, villageId);
  const missing = opened.villages
    .filter((village) => !command.villageIds.includes(village.villageId))
    .map((village) => village.villageId);
  if (missing.length > 0) {
    throw new RuleViolation(
      'village-feedback-missing',
      `every village gets its own problem list; missing: ${missing.join(', ')}`,
      { villageIds: missing },
    );
  }
  const findings = Object.values(state.findings).map(({ amendments: _a, ...rest }) => rest);
  const items = Object.values(state.immediateItems);
  const villageOf = (item: ImmediateItem) =>
    item.findingId ? state.findings[item.findingId]?.villageId : undefined;
  const list = (key: string, villageId?: string): FeedbackList => {
    const feedbackId = command.feedbackIds[key];
    if (!feedbackId) throw new Error(`no feedback id given for ${key}`);
    const village = opened.villages.find((v) => v.villageId === villageId);
    return {
      feedbackId,
      ...(village && { village }),
      findings: findings.filter((f) => f.villageId === villageId),
      immediateItems: items.filter((item) => villageOf(item) === villageId),
    };
  };
  const day = chinaDay(command.deliveredAt);
  return {
    type: 'FeedbackDelivered',
    data: {
      ...scope,
      inspectionId: opened.inspectionId,
      termPlanId: opened.termPlanId,
      targetName: opened.target.targetName,
      deliveredAt: command.deliveredAt,
      copiedTo: command.copiedTo,
      lists: [list('target'), ...command.villageIds.map((villageId) => list(villageId, villageId))],
      planDueBy: addWorkingDays(day, opened.deadlines.rectificationPlanWorkingDays),
      reportDueBy: addMonths(day, opened.deadlines.rectificationReportMonths),
    },
  };
}

/** The finding of a record or amend command, checked against the catalog and the villages. */
function classify(
  command: Extract<InspectionCommand, { type: 'RecordFinding' | 'AmendFinding' }>,
  state: InspectionState,
): Finding {
  const opened = state.opened!;
  const catalog = catalogOfRound(command.catalog, opened.catalogVersion);
  if (!focusItem(catalog, command.focusItem)) {
    throw new RuleViolation(
      'unknown-focus-item',
      `${command.focusItem} is not an item of catalog ${opened.catalogVersion}`,
      { focusItem: command.focusItem, catalogVersion: opened.catalogVersion },
    );
  }
  if (command.villageId) requireVillage(opened, command.villageId);
  const {
    findingId,
    title,
    description,
    focusItem: item,
    involvedRank,
    amount,
    villageId,
  } = command;
  return {
    findingId,
    title,
    description,
    focusItem: item,
    catalogVersion: opened.catalogVersion,
    involvedRank,
    ...(amount !== undefined && { amount }),
    ...(villageId && { villageId }),
  };
}

function release(
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
    },
  };
}

function requirePetition(state: InspectionState, petitionId: string): Petition {
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
function requirePetitionInScope(state: InspectionState, petitionId: string): void {
  const petition = requirePetition(state, petitionId);
  if (petition.triage && !petition.triage.inScope) {
    throw new RuleViolation(
      'petition-forwarded',
      `petition ${petitionId} was forwarded to ${petition.triage.forwardedTo}: the clue is theirs`,
      { petitionId, forwardedTo: petition.triage.forwardedTo },
    );
  }
}

/** The rules an inspection opened with; inspections opened before rules travelled keep the defaults. */
export function talkRulesOf(opened: InspectionOpened['data']): TalkRules {
  return opened.talkRules ?? DEFAULT_TALK_RULES[opened.target.tier];
}

export function inspectionTalkCoverage(state: InspectionState, opened: InspectionOpened['data']) {
  return talkCoverage(opened.target, state.talks, talkRulesOf(opened), state.talksNotApplicable);
}

function requireTalksCovered(coverage: ReturnType<typeof talkCoverage>): void {
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

function requireStationed(state: InspectionState): void {
  if (!state.stationed) {
    throw new RuleViolation(
      'inspection-not-stationed',
      'field work starts once the team is stationed and the inspection announced',
    );
  }
}

function requireNoFeedback(state: InspectionState): void {
  if (state.feedback) {
    throw new RuleViolation(
      'inspection-feedback-delivered',
      'feedback was delivered: correct findings by amendment, record no new ones',
    );
  }
}

function requireVillage(opened: InspectionOpened['data'], villageId: string): void {
  if (!opened.villages.some((village) => village.villageId === villageId)) {
    throw new RuleViolation('unknown-village', `${villageId} is not a village of this inspection`, {
      villageId,
    });
  }
}

function unknownFinding(findingId: string): never {
  throw new RuleViolation('unknown-finding', `no finding ${findingId} in this inspection`, {
    findingId,
  });
}

function reportAtLeast(state: InspectionState, stage: ReportStage): boolean {
  return REPORT_STAGES.indexOf(state.report.stage) >= REPORT_STAGES.indexOf(stage);
}

function requireReportAtLeast(state: InspectionState, stage: ReportStage, rule: string): void {
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

function requireReportBefore(state: InspectionState, stage: ReportStage): void {
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

export const inspectionDecider: Decider<InspectionState, InspectionCommand, InspectionEvent> = {
  initialState,
  evolve,
  decide,
};

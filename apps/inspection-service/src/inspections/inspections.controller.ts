import { Body, Controller, ForbiddenException, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import {
  INSPECTION_RULES,
  cadresOf,
  readsPetitionText,
  type InspectionCommand,
  type InspectionEvent,
  type InspectionState,
} from '@xuncha/inspection-domain';
import {
  Answers,
  Call,
  CommandPipeline,
  CurrentPrincipal,
  ErasureOutcome,
  ErasureBody,
  ReadEndpoint,
  Roles,
  assertRecordInReach,
  commandEndpoints,
  type CommandCall,
  type Principal,
  type Role,
} from '@xuncha/platform-nest';
import { KEY_STORE, type KeyStore } from '@xuncha/platform-crypto';
import {
  EVENT_STORE,
  type CommandContext,
  type EventStore,
  type Loaded,
} from '@xuncha/platform-event-store';
import { AggregateNotFound, derivedUuid } from '@xuncha/platform-kernel';
import { READ_MODEL_STORE, type ReadModelStore } from '@xuncha/platform-read-models';
import { INSPECTIONS, type InspectionSummary } from '../projections/inspections.projection';
import {
  AmendmentBody,
  BriefingBody,
  ClueBody,
  ConsultationBody,
  DirectiveClosingBody,
  DocumentReviewBody,
  FeedbackBody,
  FindingBody,
  FollowUpBody,
  HearingBody,
  ImmediateItemBody,
  InspectionListQuery,
  MeetingBody,
  NotApplicableBody,
  PetitionBody,
  PortraitBody,
  ResultUseBody,
  ApprovalBody,
  ClosingBody,
  DraftBody,
  RevisionBody,
  StationingBody,
  SurveyBody,
  TalksBody,
  TriageBody,
  VisitBody,
} from './inspection.dtos';
import { inspectionView } from './inspection-view';
import { inspectionStore } from './inspection-store';
import {
  focusCatalogStore,
  heldCatalog,
  type FocusCatalogStore,
} from '../focus-catalogs/focus-catalog-store';
import {
  ClueOutcome,
  FindingOutcome,
  ImmediateItemOutcome,
  InspectionPage,
  InspectionView,
  PetitionOutcome,
  ResultUseOutcome,
} from './inspection.answers';

/** Who on the team may act: any cadre of it, its leader and deputies, or its leader alone. */
type TeamAccess = 'member' | 'deputy' | 'leader' | 'none';
/** Who may take a step: the team position it needs, or one of these roles. */
interface Access {
  readonly team: TeamAccess;
  readonly roles: readonly Role[];
}

type CommandBody<T extends InspectionCommand['type']> = Omit<
  Extract<InspectionCommand, { type: T }>,
  'type' | 'id' | 'at'
>;

/** Roles that read every inspection of their jurisdiction; a team cadre reads its team's only. */
const TEAM_WIDE_READERS: readonly Role[] = ['office', 'analyst'];
const Step = commandEndpoints(INSPECTION_RULES, { roles: ['team', 'office'] });
const OfficeStep = commandEndpoints(INSPECTION_RULES, { roles: ['office'] });
const created = { status: 201 } as const;

@ApiTags('inspections (现场巡察)')
@Controller('inspections')
export class InspectionsController {
  private readonly inspections: CommandPipeline<
    InspectionState,
    InspectionCommand,
    InspectionEvent,
    Access
  >;
  private readonly catalogs: FocusCatalogStore;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(KEY_STORE) private readonly keys: KeyStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
  ) {
    this.inspections = new CommandPipeline(inspectionStore(store, keys), authorize);
    this.catalogs = focusCatalogStore(store);
  }

  @Answers(InspectionPage)
  @Get()
  @Roles('team', 'office', 'analyst')
  @ApiOperation({
    summary:
      'Inspections in the caller’s jurisdiction (巡察列表), by round, target or team; ' +
      'a team cadre sees only its own team’s',
  })
  async list(@Query() query: InspectionListQuery, @CurrentPrincipal() principal: Principal) {
    const filter: Record<string, unknown> = { jurisdictionPath: principal.jurisdiction };
    if (query.roundId) filter.roundId = query.roundId;
    if (query.targetId) filter.targetId = query.targetId;
    if (query.teamId) filter.teamId = query.teamId;
    // A team cadre sees its own teams' inspections only: filtered in the store, full pages.
    if (!TEAM_WIDE_READERS.some((role) => principal.roles.includes(role))) {
      filter.teamCadreIds = principal.sub;
    }
    const page = await this.readModels.find<InspectionSummary>(INSPECTIONS, {
      filter,
      sort: { roundId: 1, targetName: 1 },
      limit: query.limit,
      cursor: query.cursor,
    });
    return {
      items: page.items.map(
        ({ _id, jurisdictionPath: _path, teamCadreIds: _team, ...summary }) => ({
          id: _id,
          ...summary,
        }),
      ),
      ...(page.next && { next: page.next }),
    };
  }

  @ReadEndpoint(
    InspectionView,
    ':id',
    'One inspection with its talks, coverage, findings and report (巡察详情)',
    { roles: ['team', 'office', 'analyst'] },
  )
  async get(@Call() { id, principal }: CommandCall) {
    const { state, revision } = await this.inspections.read(id, principal, {
      team: 'member',
      roles: TEAM_WIDE_READERS,
    });
    const catalog = await heldCatalog(this.catalogs, state.opened!.catalogVersion);
    const readsText = readsPetitionText(principal, state.opened!.team);
    return inspectionView(id, state, revision, readsText, catalog);
  }

  @Step('StationTeam', ':id/stationing', 'Station and announce (进驻，发布巡察公告)')
  stationing(@Call() call: CommandCall, @Body() body: StationingBody) {
    return this.run(call, 'StationTeam', body);
  }

  @Step('RecordBriefing', ':id/briefings', 'A briefing unit briefed the team (巡前通报)')
  briefing(@Call() call: CommandCall, @Body() body: BriefingBody) {
    // One briefing per unit: its id comes from the inspection and the unit.
    const briefingId = derivedUuid('briefing', call.id, body.unit);
    return this.run(call, 'RecordBriefing', { ...body, briefingId });
  }

  @Step(
    'HoldMeeting',
    ':id/meetings',
    'A meeting held (沟通见面会、动员会、专题汇报会、座谈会、中期汇报)',
  )
  meeting(@Call() call: CommandCall, @Body() body: MeetingBody) {
    return this.run(call, 'HoldMeeting', body);
  }

  @Step('RecordTalks', ':id/talks', 'Individual talks with one group (个别谈话)')
  talks(@Call() call: CommandCall, @Body() body: TalksBody) {
    return this.run(call, 'RecordTalks', body);
  }

  @Step(
    'MarkTalkGroupNotApplicable',
    ':id/talks/not-applicable',
    'A must-talk group the target does not have, with why (必谈对象不适用)',
  )
  notApplicable(@Call() call: CommandCall, @Body() body: NotApplicableBody) {
    return this.run(call, 'MarkTalkGroupNotApplicable', body);
  }

  @Step('RecordQuestionnaires', ':id/questionnaires', 'Questionnaires (问卷调查)')
  questionnaires(@Call() call: CommandCall, @Body() body: SurveyBody) {
    return this.run(call, 'RecordQuestionnaires', body);
  }

  @Step('RecordEvaluation', ':id/evaluations', 'Democratic evaluation of the leadership (民主测评)')
  evaluations(@Call() call: CommandCall, @Body() body: SurveyBody) {
    return this.run(call, 'RecordEvaluation', body);
  }

  @Step('ReviewDocuments', ':id/document-reviews', 'Documents reviewed (调阅资料)')
  documents(@Call() call: CommandCall, @Body() body: DocumentReviewBody) {
    return this.run(call, 'ReviewDocuments', body);
  }

  @Step('RecordVisit', ':id/visits', 'A visit (走访)')
  visits(@Call() call: CommandCall, @Body() body: VisitBody) {
    return this.run(call, 'RecordVisit', body);
  }

  @Step('ReceivePetition', ':id/petitions', 'A petition received (受理信访举报) → {petitionId}', {
    ...created,
    answers: PetitionOutcome,
  })
  async petition(@Call() call: CommandCall, @Body() body: PetitionBody) {
    const petitionId = newId(call.context, 'petition');
    return { ...(await this.run(call, 'ReceivePetition', { ...body, petitionId })), petitionId };
  }

  @Step(
    'TriagePetition',
    ':id/petitions/:petitionId/triage',
    'Triage a petition: in scope, or forwarded to a named authority (分类处置)',
  )
  triage(
    @Call() call: CommandCall,
    @Call('petitionId') { id: petitionId }: CommandCall,
    @Body() body: TriageBody,
  ) {
    return this.run(call, 'TriagePetition', { ...body, petitionId });
  }

  @Step(
    'ErasePetitionPersonalData',
    ':id/petitions/:petitionId/personal-data',
    'Erase a petition’s personal data (删除信访件个人信息, crypto-shredding): its key is ' +
      'destroyed, so the summary becomes unreadable in every stored event; the petition and ' +
      'its triage stay. Irreversible; admin of the jurisdiction only.',
    { method: 'delete', roles: ['admin'], answers: ErasureOutcome, dryRun: false },
  )
  async erasePetition(
    @Call() call: CommandCall,
    @Call('petitionId') { id: petitionId }: CommandCall,
    @Body() body: ErasureBody,
  ) {
    const { context } = call;
    const outcome = await this.inspections.run(
      call,
      async ({ state }) => {
        if (!Object.hasOwn(state.petitions, petitionId)) {
          throw new AggregateNotFound('petition', petitionId);
        }
        // The key goes first: a failure before the fact is recorded leaves the text unreadable
        // already, and a retry records it (erasing again is a no-op).
        await this.keys.erase(petitionId, context.now);
        return {
          type: 'ErasePetitionPersonalData',
          id: call.id,
          at: at(context),
          petitionId,
          reason: body.reason,
        };
      },
      { team: 'none', roles: ['admin'] },
    );
    return { ...outcome, personalDataErased: true };
  }

  @Step(
    'RecordFinding',
    ':id/findings',
    'A finding, classified against the focus catalog (发现问题) → {findingId}',
    { ...created, answers: FindingOutcome },
  )
  async finding(@Call() call: CommandCall, @Body() body: FindingBody) {
    const findingId = newId(call.context, 'finding');
    return { ...(await this.classified(call, 'RecordFinding', { ...body, findingId })), findingId };
  }

  @Step(
    'AmendFinding',
    ':id/findings/:findingId/amendments',
    'Correct a finding, also after feedback (问题修订): the whole finding after the change',
  )
  amend(
    @Call() call: CommandCall,
    @Call('findingId') { id: findingId }: CommandCall,
    @Body() body: AmendmentBody,
  ) {
    return this.classified(call, 'AmendFinding', { ...body, findingId });
  }

  @Step(
    'AssignImmediateItem',
    ':id/immediate-items',
    'An immediate rectification item (立行立改事项) → {itemId}',
    { ...created, answers: ImmediateItemOutcome },
  )
  async immediateItem(@Call() call: CommandCall, @Body() body: ImmediateItemBody) {
    const itemId = newId(call.context, 'item');
    return { ...(await this.run(call, 'AssignImmediateItem', { ...body, itemId })), itemId };
  }

  @Step(
    'RecordClue',
    ':id/clues',
    'A problem clue (问题线索) → {clueId}. Urgent clues go to the clue service at once (边巡边移), others when the report is approved',
    { ...created, answers: ClueOutcome },
  )
  async clue(@Call() call: CommandCall, @Body() body: ClueBody) {
    const clueId = newId(call.context, 'clue');
    const { person, urgent, evidenceRefs, ...rest } = body;
    const outcome = await this.run(call, 'RecordClue', {
      ...rest,
      clueId,
      person: { ...person },
      urgent: urgent ?? false,
      evidenceRefs: evidenceRefs ?? [],
    });
    return { ...outcome, clueId };
  }

  @Step(
    'RecordLeaderPortrait',
    ':id/portrait',
    'Top-leader political portrait over the catalog dimensions (一把手政治画像)',
  )
  portrait(@Call() call: CommandCall, @Body() body: PortraitBody) {
    return this.classified(call, 'RecordLeaderPortrait', {
      entries: body.entries.map((entry) => ({ ...entry })),
    });
  }

  @Step(
    'DraftReport',
    ':id/report',
    'Draft the report (起草巡察报告): talk coverage and the five must-talk groups first',
  )
  draft(@Call() call: CommandCall, @Body() body: DraftBody) {
    return this.run(call, 'DraftReport', body);
  }

  @Step('ReviseReport', ':id/report/revise', 'The deputy leader revises the report (副组长修改)')
  revise(@Call() call: CommandCall, @Body() body: RevisionBody) {
    return this.run(call, 'ReviseReport', body, 'deputy');
  }

  @Step(
    'ApproveReport',
    ':id/report/approve',
    'The team leader approves the report (组长审定); non-urgent clues go out now',
  )
  approve(@Call() call: CommandCall, @Body() body: ApprovalBody) {
    return this.run(call, 'ApproveReport', { ...body }, 'leader');
  }

  @OfficeStep(
    'ConsultOnReport',
    ':id/report/consult',
    'Office-team consultation on the report (组办会商)',
  )
  consult(@Call() call: CommandCall, @Body() body: ConsultationBody) {
    return this.run(call, 'ConsultOnReport', body, 'none');
  }

  @OfficeStep(
    'HearReport',
    ':id/report/hearing',
    'The secretary meeting heard the report, with its directives (书记点人点事点问题)',
  )
  hearing(@Call() call: CommandCall, @Body() body: HearingBody) {
    // Ids from the inspection and the line: a retried hearing names the same directives.
    const directives = body.directives.map((directive, index) => ({
      ...directive,
      directiveId: derivedUuid('directive', call.id, String(index)),
    }));
    return this.run(call, 'HearReport', { heardAt: body.heardAt, directives }, 'none');
  }

  @OfficeStep(
    'RecordResultUse',
    ':id/result-uses',
    'A use of the results sent (成果运用): recommendation letter, thematic report, suggestion, ' +
      'prompt to the commission or organization department (提示, sent on to it), written warning',
    { ...created, answers: ResultUseOutcome },
  )
  async resultUse(@Call() call: CommandCall, @Body() body: ResultUseBody) {
    const useId = newId(call.context, 'result-use');
    return { ...(await this.run(call, 'RecordResultUse', { ...body, useId }, 'none')), useId };
  }

  @OfficeStep(
    'FollowUpDirective',
    ':id/directives/:directiveId/follow-ups',
    'What was done on a directive (书记点人点事台账·跟踪督办), also after the inspection closed',
  )
  followUpDirective(
    @Call() call: CommandCall,
    @Call('directiveId') { id: directiveId }: CommandCall,
    @Body() body: FollowUpBody,
  ) {
    return this.run(call, 'FollowUpDirective', { ...body, directiveId }, 'none');
  }

  @OfficeStep(
    'CloseDirective',
    ':id/directives/:directiveId/close',
    'A directive carried out (办结), with what came of it',
  )
  closeDirective(
    @Call() call: CommandCall,
    @Call('directiveId') { id: directiveId }: CommandCall,
    @Body() body: DirectiveClosingBody,
  ) {
    return this.run(call, 'CloseDirective', { ...body, directiveId }, 'none');
  }

  @Step(
    'DeliverFeedback',
    ':id/feedback',
    'Deliver feedback (反馈), one problem list per village for a village-tier inspection',
  )
  feedback(@Call() call: CommandCall, @Body() body: FeedbackBody) {
    const villageIds = body.villageIds ?? [];
    // Ids from the inspection and the list: a repeated or retried feedback names the same lists.
    const feedbackIds = Object.fromEntries(
      ['target', ...villageIds].map((key) => [key, derivedUuid('feedback', call.id, key)]),
    );
    return this.run(call, 'DeliverFeedback', {
      deliveredAt: body.deliveredAt,
      copiedTo: [...body.copiedTo],
      villageIds,
      feedbackIds,
    });
  }

  @OfficeStep('CloseInspection', ':id/close', 'Close the inspection after feedback (巡察结束)')
  close(@Call() call: CommandCall, @Body() body: ClosingBody) {
    return this.run(call, 'CloseInspection', { ...body }, 'none');
  }

  private run<T extends InspectionCommand['type']>(
    call: CommandCall,
    type: T,
    body: CommandBody<T>,
    team: TeamAccess = 'member',
  ) {
    const command = { ...body, type, id: call.id, at: at(call.context) } as InspectionCommand;
    return this.inspections.run(call, command, { team, roles: ['office'] });
  }

  /** A step classified against the inspection's catalog: the copy the service holds of it. */
  private classified<T extends 'RecordFinding' | 'AmendFinding' | 'RecordLeaderPortrait'>(
    call: CommandCall,
    type: T,
    body: Omit<CommandBody<T>, 'catalog'>,
  ) {
    return this.inspections.run(
      call,
      async ({ state }) =>
        ({
          ...body,
          type,
          id: call.id,
          at: at(call.context),
          catalog: await heldCatalog(this.catalogs, state.opened?.catalogVersion),
        }) as unknown as InspectionCommand,
      { team: 'member', roles: ['office'] },
    );
  }
}

/**
 * 404 for an inspection never opened; 403 outside the caller's jurisdiction,
 * or for a team cadre who is not on this inspection's team (or not its leader
 * or a deputy where the step is theirs).
 */
function authorize(
  { state }: Loaded<InspectionState>,
  { id, principal }: { id: string; principal: Principal },
  { team, roles }: Access,
): void {
  const opened = state.opened;
  if (!opened) throw new AggregateNotFound('inspection', id);
  assertRecordInReach(principal, opened.target.jurisdiction, 'inspection', id);
  if (roles.some((role) => principal.roles.includes(role))) return;
  const { leaderId, deputyIds } = opened.team;
  const allowed =
    team === 'leader'
      ? [leaderId]
      : team === 'deputy'
        ? [leaderId, ...deputyIds]
        : team === 'member'
          ? cadresOf(opened.team)
          : [];
  if (principal.roles.includes('team') && allowed.includes(principal.sub)) return;
  // Another team's inspection is out of reach (404); a cadre of this team without the
  // position the step needs (the leader's approval) is refused it (403).
  if (!principal.roles.includes('team') || !cadresOf(opened.team).includes(principal.sub)) {
    throw new AggregateNotFound('inspection', id);
  }
  throw new ForbiddenException(`cadre ${principal.sub} may not do this on inspection ${id}`);
}

const at = (context: CommandContext) => context.now.toISOString();

/** A new child id; under an Idempotency-Key the repeat names the same one. */
function newId(context: CommandContext, kind: string): string {
  return context.idempotencyKey
    ? derivedUuid(kind, context.actor, context.idempotencyKey)
    : randomUUID();
}

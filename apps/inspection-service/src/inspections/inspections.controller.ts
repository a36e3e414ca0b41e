import {
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import {
  INSPECTION_RULES,
  cadresOf,
  readsPetitionText,
  type InspectionCommand,
  type InspectionState,
  type FocusCatalog,
} from '@xuncha/inspection-domain';
import {
  Answers,
  CommandOutcome,
  ErasureOutcome,
  Command,
  CurrentPrincipal,
  ErasureBody,
  Roles,
  assertRecordInReach,
  type Principal,
} from '@xuncha/platform-nest';
import { KEY_STORE, type KeyStore } from '@xuncha/platform-crypto';
import { EVENT_STORE, type CommandContext, type EventStore } from '@xuncha/platform-event-store';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import { READ_MODEL_STORE, type ReadModelStore } from '@xuncha/platform-read-models';
import { derivedUuid } from '../consumers/inspection-id';
import { INSPECTIONS, type InspectionSummary } from '../projections/inspections.projection';
import {
  AmendmentBody,
  ClueBody,
  ConsultationBody,
  DocumentReviewBody,
  FeedbackBody,
  FindingBody,
  HearingBody,
  ImmediateItemBody,
  InspectionListQuery,
  MeetingBody,
  NotApplicableBody,
  PetitionBody,
  PortraitBody,
  ReportBody,
  StationingBody,
  SurveyBody,
  TalksBody,
  TriageBody,
  VisitBody,
} from './inspection.dtos';
import { inspectionView } from './inspection-view';
import { inspectionStore, type InspectionStore } from './inspection-store';
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
} from './inspection.answers';

/** Who on the team may act: any cadre of it, its leader and deputies, or its leader alone. */
type TeamAccess = 'member' | 'deputy' | 'leader' | 'none';

type CommandBody<T extends InspectionCommand['type']> = Omit<
  Extract<InspectionCommand, { type: T }>,
  'type' | 'id' | 'at'
>;

const uuid = new ParseUUIDPipe();
/** Roles that read every inspection of their jurisdiction; a team cadre reads its team's only. */
const TEAM_WIDE_READERS: ReadonlyArray<Principal['roles'][number]> = ['office', 'analyst'];

@ApiTags('inspections (现场巡察)')
@Controller('inspections')
export class InspectionsController {
  private readonly inspections: InspectionStore;
  private readonly catalogs: FocusCatalogStore;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(KEY_STORE) private readonly keys: KeyStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
  ) {
    this.inspections = inspectionStore(store, keys);
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
    const page = await this.readModels.find<InspectionSummary>(INSPECTIONS, {
      filter,
      sort: { roundId: 1, targetName: 1 },
      limit: query.limit,
      cursor: query.cursor,
    });
    const items = TEAM_WIDE_READERS.some((role) => principal.roles.includes(role))
      ? page.items
      : await this.onTeamOf(principal.sub, page.items);
    return {
      items: items.map(({ _id, jurisdictionPath: _path, ...summary }) => ({
        id: _id,
        ...summary,
      })),
      ...(page.next && { next: page.next }),
    };
  }

  @Answers(InspectionView)
  @Get(':id')
  @Roles('team', 'office', 'analyst')
  @ApiOperation({
    summary: 'One inspection with its talks, coverage, findings and report (巡察详情)',
  })
  async get(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
    const { state, revision } = await this.authorize(id, principal, 'member', TEAM_WIDE_READERS);
    const catalog = await heldCatalog(this.catalogs, state.opened!.catalogVersion);
    return inspectionView(
      id,
      state,
      revision,
      readsPetitionText(principal, state.opened!.team),
      catalog,
    );
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.StationTeam })
  @Post(':id/stationing')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({ summary: 'Station and announce (进驻，发布巡察公告)' })
  stationing(
    @Param('id', uuid) id: string,
    @Body() body: StationingBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'StationTeam', body);
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.HoldMeeting })
  @Post(':id/meetings')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({ summary: 'A meeting held (沟通见面会、动员会、专题汇报会、座谈会、中期汇报)' })
  meeting(
    @Param('id', uuid) id: string,
    @Body() body: MeetingBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'HoldMeeting', body);
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.RecordTalks })
  @Post(':id/talks')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({ summary: 'Individual talks with one group (个别谈话)' })
  talks(
    @Param('id', uuid) id: string,
    @Body() body: TalksBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'RecordTalks', body);
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.MarkTalkGroupNotApplicable })
  @Post(':id/talks/not-applicable')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({
    summary: 'A must-talk group the target does not have, with why (必谈对象不适用)',
  })
  notApplicable(
    @Param('id', uuid) id: string,
    @Body() body: NotApplicableBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'MarkTalkGroupNotApplicable', body);
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.RecordQuestionnaires })
  @Post(':id/questionnaires')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({ summary: 'Questionnaires (问卷调查)' })
  questionnaires(
    @Param('id', uuid) id: string,
    @Body() body: SurveyBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'RecordQuestionnaires', body);
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.RecordEvaluation })
  @Post(':id/evaluations')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({ summary: 'Democratic evaluation of the leadership (民主测评)' })
  evaluations(
    @Param('id', uuid) id: string,
    @Body() body: SurveyBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'RecordEvaluation', body);
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.ReviewDocuments })
  @Post(':id/document-reviews')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({ summary: 'Documents reviewed (调阅资料)' })
  documents(
    @Param('id', uuid) id: string,
    @Body() body: DocumentReviewBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'ReviewDocuments', body);
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.RecordVisit })
  @Post(':id/visits')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({ summary: 'A visit (走访)' })
  visits(
    @Param('id', uuid) id: string,
    @Body() body: VisitBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'RecordVisit', body);
  }

  @Answers(PetitionOutcome, { rules: INSPECTION_RULES.ReceivePetition })
  @Post(':id/petitions')
  @Roles('team', 'office')
  @ApiOperation({ summary: 'A petition received (受理信访举报) → {petitionId}' })
  async petition(
    @Param('id', uuid) id: string,
    @Body() body: PetitionBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    const petitionId = newId(c, 'petition');
    const outcome = await this.run(id, p, c, 'ReceivePetition', { ...body, petitionId });
    return { ...outcome, petitionId };
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.TriagePetition })
  @Post(':id/petitions/:petitionId/triage')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({
    summary: 'Triage a petition: in scope, or forwarded to a named authority (分类处置)',
  })
  triage(
    @Param('id', uuid) id: string,
    @Param('petitionId', uuid) petitionId: string,
    @Body() body: TriageBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'TriagePetition', { ...body, petitionId });
  }

  @Answers(ErasureOutcome, { rules: INSPECTION_RULES.ErasePetitionPersonalData })
  @Delete(':id/petitions/:petitionId/personal-data')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      'Erase a petition’s personal data (删除信访件个人信息, crypto-shredding): its key is ' +
      'destroyed, so the summary becomes unreadable in every stored event; the petition and ' +
      'its triage stay. Irreversible; admin of the jurisdiction only.',
  })
  async erasePetition(
    @Param('id', uuid) id: string,
    @Param('petitionId', uuid) petitionId: string,
    @Body() body: ErasureBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    const { state } = await this.authorize(id, p, 'none', ['admin']);
    if (!Object.hasOwn(state.petitions, petitionId)) {
      throw new AggregateNotFound('petition', petitionId);
    }
    // The key goes first: a failure before the fact is recorded leaves the text unreadable
    // already, and a retry records it (erasing again is a no-op).
    await this.keys.erase(petitionId, c.now);
    const command = {
      type: 'ErasePetitionPersonalData',
      id,
      at: c.now.toISOString(),
      petitionId,
      reason: body.reason,
    } as const;
    const outcome = await this.inspections.execute(id, command, c);
    return { id: outcome.id, revision: outcome.revision, personalDataErased: true };
  }

  @Answers(FindingOutcome, { rules: INSPECTION_RULES.RecordFinding })
  @Post(':id/findings')
  @Roles('team', 'office')
  @ApiOperation({
    summary: 'A finding, classified against the focus catalog (发现问题) → {findingId}',
  })
  async finding(
    @Param('id', uuid) id: string,
    @Body() body: FindingBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    const findingId = newId(c, 'finding');
    const catalog = await this.catalogOf(id);
    const outcome = await this.run(id, p, c, 'RecordFinding', { ...body, findingId, catalog });
    return { ...outcome, findingId };
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.AmendFinding })
  @Post(':id/findings/:findingId/amendments')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({
    summary:
      'Correct a finding, also after feedback (问题修订): the whole finding after the change',
  })
  async amend(
    @Param('id', uuid) id: string,
    @Param('findingId', uuid) findingId: string,
    @Body() body: AmendmentBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    const catalog = await this.catalogOf(id);
    return this.run(id, p, c, 'AmendFinding', { ...body, findingId, catalog });
  }

  @Answers(ImmediateItemOutcome, { rules: INSPECTION_RULES.AssignImmediateItem })
  @Post(':id/immediate-items')
  @Roles('team', 'office')
  @ApiOperation({ summary: 'An immediate rectification item (立行立改事项) → {itemId}' })
  async immediateItem(
    @Param('id', uuid) id: string,
    @Body() body: ImmediateItemBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    const itemId = newId(c, 'item');
    const outcome = await this.run(id, p, c, 'AssignImmediateItem', { ...body, itemId });
    return { ...outcome, itemId };
  }

  @Answers(ClueOutcome, { rules: INSPECTION_RULES.RecordClue })
  @Post(':id/clues')
  @Roles('team', 'office')
  @ApiOperation({
    summary:
      'A problem clue (问题线索) → {clueId}. Urgent clues go to the clue service at once (边巡边移), others when the report is approved',
  })
  async clue(
    @Param('id', uuid) id: string,
    @Body() body: ClueBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    const clueId = newId(c, 'clue');
    const { person, urgent, evidenceRefs, ...rest } = body;
    const outcome = await this.run(id, p, c, 'RecordClue', {
      ...rest,
      clueId,
      person: { ...person },
      urgent: urgent ?? false,
      evidenceRefs: evidenceRefs ?? [],
    });
    return { ...outcome, clueId };
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.RecordLeaderPortrait })
  @Post(':id/portrait')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({
    summary: 'Top-leader political portrait over the catalog dimensions (一把手政治画像)',
  })
  async portrait(
    @Param('id', uuid) id: string,
    @Body() body: PortraitBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'RecordLeaderPortrait', {
      entries: body.entries.map((entry) => ({ ...entry })),
      catalog: await this.catalogOf(id),
    });
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.DraftReport })
  @Post(':id/report')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({
    summary: 'Draft the report (起草巡察报告): talk coverage and the five must-talk groups first',
  })
  draft(
    @Param('id', uuid) id: string,
    @Body() body: ReportBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'DraftReport', body);
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.ReviseReport })
  @Post(':id/report/revise')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({ summary: 'The deputy leader revises the report (副组长修改)' })
  revise(
    @Param('id', uuid) id: string,
    @Body() body: ReportBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'ReviseReport', body, 'deputy');
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.ApproveReport })
  @Post(':id/report/approve')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({
    summary: 'The team leader approves the report (组长审定); non-urgent clues go out now',
  })
  approve(
    @Param('id', uuid) id: string,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'ApproveReport', {}, 'leader');
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.ConsultOnReport })
  @Post(':id/report/consult')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({ summary: 'Office-team consultation on the report (组办会商)' })
  consult(
    @Param('id', uuid) id: string,
    @Body() body: ConsultationBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'ConsultOnReport', body, 'none');
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.HearReport })
  @Post(':id/report/hearing')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({
    summary: 'The secretary meeting heard the report, with its directives (书记点人点事点问题)',
  })
  hearing(
    @Param('id', uuid) id: string,
    @Body() body: HearingBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(
      id,
      p,
      c,
      'HearReport',
      { heardAt: body.heardAt, directives: [...body.directives] },
      'none',
    );
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.DeliverFeedback })
  @Post(':id/feedback')
  @HttpCode(200)
  @Roles('team', 'office')
  @ApiOperation({
    summary: 'Deliver feedback (反馈), one problem list per village for a village-tier inspection',
  })
  feedback(
    @Param('id', uuid) id: string,
    @Body() body: FeedbackBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    const villageIds = body.villageIds ?? [];
    // Ids from the inspection and the list: a repeated or retried feedback names the same lists.
    const feedbackIds = Object.fromEntries(
      ['target', ...villageIds].map((key) => [key, derivedUuid('feedback', id, key)]),
    );
    return this.run(id, p, c, 'DeliverFeedback', {
      deliveredAt: body.deliveredAt,
      copiedTo: [...body.copiedTo],
      villageIds,
      feedbackIds,
    });
  }

  @Answers(CommandOutcome, { rules: INSPECTION_RULES.CloseInspection })
  @Post(':id/close')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({ summary: 'Close the inspection after feedback (巡察结束)' })
  close(
    @Param('id', uuid) id: string,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'CloseInspection', {}, 'none');
  }

  /** The copy of the inspection's round catalog the service holds, if it does. */
  private async catalogOf(id: string): Promise<FocusCatalog | undefined> {
    const { state } = await this.inspections.load(id);
    return heldCatalog(this.catalogs, state.opened?.catalogVersion);
  }

  private async run<T extends InspectionCommand['type']>(
    id: string,
    principal: Principal,
    context: CommandContext,
    type: T,
    body: CommandBody<T>,
    team: TeamAccess = 'member',
  ): Promise<{ id: string; revision: number }> {
    await this.authorize(id, principal, team, ['office']);
    const command = { ...body, type, id, at: context.now.toISOString() } as InspectionCommand;
    const outcome = await this.inspections.execute(id, command, context);
    return { id: outcome.id, revision: outcome.revision };
  }

  /**
   * 404 for an inspection never opened; 403 outside the caller's jurisdiction,
   * or for a team cadre who is not on this inspection's team (or not its leader
   * or a deputy where the step is theirs).
   */
  private async authorize(
    id: string,
    principal: Principal,
    team: TeamAccess,
    roles: ReadonlyArray<Principal['roles'][number]>,
  ): Promise<{ state: InspectionState; revision: number }> {
    const loaded = await this.inspections.load(id);
    const opened = loaded.state.opened;
    if (!opened) throw new AggregateNotFound('inspection', id);
    assertRecordInReach(principal, opened.target.jurisdiction, 'inspection', id);
    if (roles.some((role) => principal.roles.includes(role))) return loaded;
    const { leaderId, deputyIds } = opened.team;
    const allowed =
      team === 'leader'
        ? [leaderId]
        : team === 'deputy'
          ? [leaderId, ...deputyIds]
          : team === 'member'
            ? cadresOf(opened.team)
            : [];
    if (principal.roles.includes('team') && allowed.includes(principal.sub)) return loaded;
    // Another team's inspection is out of reach (404); a cadre of this team without the
    // position the step needs (the leader's approval) is refused it (403).
    if (!principal.roles.includes('team') || !cadresOf(opened.team).includes(principal.sub)) {
      throw new AggregateNotFound('inspection', id);
    }
    throw new ForbiddenException(`cadre ${principal.sub} may not do this on inspection ${id}`);
  }

  /**
   * The summaries whose team the cadre is on. The read model does not name
   * the cadres, so each inspection answers for itself; a page may come back
   * shorter than its limit, and `next` still leads to the rest.
   */
  private async onTeamOf<T extends { _id: string }>(cadreId: string, items: T[]): Promise<T[]> {
    const kept = await Promise.all(
      items.map(async ({ _id }) => {
        const team = (await this.inspections.load(_id)).state.opened?.team;
        return !!team && cadresOf(team).includes(cadreId);
      }),
    );
    return items.filter((_item, index) => kept[index]);
  }
}

/** A new child id; under an Idempotency-Key the repeat names the same one. */
function newId(context: CommandContext, kind: string): string {
  return context.idempotencyKey
    ? derivedUuid(kind, context.actor, context.idempotencyKey)
    : randomUUID();
}

import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type RectificationCaseCommand, RECTIFICATION_RULES } from '@xuncha/rectification-domain';
import { EVENT_STORE, type CommandContext, type EventStore } from '@xuncha/platform-event-store';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import {
  Command,
  CurrentPrincipal,
  Roles,
  type Principal,
  type Role,
  Answers,
  CommandOutcome,
} from '@xuncha/platform-nest';
import { READ_MODEL_STORE, type ReadModelStore } from '@xuncha/platform-read-models';
import { CASES, type CaseSummary } from '../projections/cases.projection';
import { assertCanReach, reachableFilter } from './case-access';
import { caseStore, type CaseStore } from './case-store';
import { caseView, disclosure } from './case-view';
import {
  AdmonishmentBody,
  AssessmentBody,
  CaseListQuery,
  PlanBody,
  PlanReviewBody,
  ProgressBody,
  ReRectificationBody,
  ReasonBody,
  ReportBody,
  ReportReviewBody,
  SignOffBody,
  SupervisionNoteBody,
} from './cases.dtos';
import { CasePage, CaseView, Disclosure, OverduePage } from './case.answers';

type Body<T extends RectificationCaseCommand['type']> = Omit<
  Extract<RectificationCaseCommand, { type: T }>,
  'type' | 'caseId' | 'at'
>;

const READERS: Role[] = ['office', 'inspected', 'discipline', 'organization', 'analyst'];
const SUPERVISORS: Role[] = ['office', 'inspected', 'discipline', 'organization'];
const uuid = new ParseUUIDPipe();

@ApiTags('rectification cases (整改监督)')
@Controller('rectification-cases')
export class CasesController {
  private readonly cases: CaseStore;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
  ) {
    this.cases = caseStore(store);
  }

  @Answers(CasePage)
  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Rectification cases within reach (整改台账), by inspection, target or status',
    description: 'The inspected organization (role inspected) sees only its own cases.',
  })
  async list(@Query() query: CaseListQuery, @CurrentPrincipal() principal: Principal) {
    const filter: Record<string, unknown> = { ...reachableFilter(principal, READERS) };
    if (query.inspectionId) filter.inspectionId = query.inspectionId;
    if (query.targetId) filter.targetId = query.targetId;
    if (query.status) filter.status = query.status;
    const page = await this.readModels.find<CaseSummary>(CASES, {
      filter,
      sort: { openedAt: -1 },
      limit: query.limit,
      cursor: query.cursor,
    });
    return {
      items: page.items.map(({ _id, jurisdictionPath: _path, ...summary }) => ({
        id: _id,
        ...summary,
      })),
      ...(page.next && { next: page.next }),
    };
  }

  @Answers(OverduePage)
  @Get('overdue')
  @Roles('office', 'inspected', 'discipline', 'organization', 'analyst')
  @ApiOperation({
    summary: 'Overdue plans, reports and items (整改逾期清单)',
    description:
      'One entry per deadline passed and not yet met: a plan not approved, a report not ' +
      'submitted, an item not signed off.',
  })
  async overdue(@Query() query: CaseListQuery, @CurrentPrincipal() principal: Principal) {
    const filter: Record<string, unknown> = {
      ...reachableFilter(principal, READERS),
      overdueCount: { $gt: 0 },
    };
    if (query.inspectionId) filter.inspectionId = query.inspectionId;
    if (query.targetId) filter.targetId = query.targetId;
    const page = await this.readModels.find<CaseSummary>(CASES, {
      filter,
      sort: { openedAt: 1 },
      limit: query.limit,
      cursor: query.cursor,
    });
    return {
      items: page.items.flatMap((summary) =>
        summary.overdue.map((entry) => ({
          caseId: summary._id,
          inspectionId: summary.inspectionId,
          targetId: summary.targetId,
          targetName: summary.targetName,
          jurisdiction: summary.jurisdiction,
          ...entry,
        })),
      ),
      ...(page.next && { next: page.next }),
    };
  }

  @Answers(CaseView)
  @Get(':id')
  @Roles(...SUPERVISORS)
  @ApiOperation({ summary: 'One case with its plan, items, report and assessment (整改详情)' })
  async get(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
    const { state, revision } = await this.authorize(id, principal, SUPERVISORS);
    return caseView(id, state, revision);
  }

  @Answers(Disclosure)
  @Get(':id/disclosure')
  @Roles('office', 'inspected')
  @ApiOperation({
    summary: 'Public disclosure summary (整改公开)',
    description: 'The text to publish; items withheld from disclosure are left out entirely.',
  })
  async disclosure(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
    const { state } = await this.authorize(id, principal, ['office', 'inspected']);
    return disclosure(state);
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.SubmitPlan })
  @Post(':id/plan')
  @HttpCode(200)
  @Roles('inspected')
  @ApiOperation({
    summary: 'Submit the rectification plan (报送整改方案)',
    description:
      'Screening (过筛子): an item without measures, a responsible person or a deadline is ' +
      'refused with 422 rules/plan-incomplete naming the items in itemIds.',
  })
  plan(
    @Param('id', uuid) id: string,
    @Body() body: PlanBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    const items = body.items.map((item) => ({
      itemId: item.itemId,
      measures: item.measures ?? undefined,
      responsible: item.responsible ?? undefined,
      deadline: item.deadline || undefined,
      milestones: item.milestones?.map(({ title, dueBy }) => ({ title, dueBy })),
    }));
    const principalLeader = body.principalLeader && {
      name: body.principalLeader.name,
      position: body.principalLeader.position,
    };
    return this.run(id, p, c, ['inspected'], 'SubmitPlan', { items, principalLeader });
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.ReviewPlan })
  @Post(':id/plan/review')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({ summary: 'Approve or return the plan (整改方案审核)' })
  reviewPlan(
    @Param('id', uuid) id: string,
    @Body() body: PlanReviewBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, ['office'], 'ReviewPlan', { ...body });
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.ReportProgress })
  @Post(':id/items/:itemId/progress')
  @HttpCode(200)
  @Roles('inspected')
  @ApiOperation({ summary: 'Report progress on an item (整改进展)' })
  progress(
    @Param('id', uuid) id: string,
    @Param('itemId', uuid) itemId: string,
    @Body() body: ProgressBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, ['inspected'], 'ReportProgress', { itemId, ...body });
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.SignOffItem })
  @Post(':id/items/:itemId/sign-off')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({ summary: 'Verify and sign off an item (销号)' })
  signOff(
    @Param('id', uuid) id: string,
    @Param('itemId', uuid) itemId: string,
    @Body() body: SignOffBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, ['office'], 'SignOffItem', { itemId, ...body });
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.ReopenItem })
  @Post(':id/items/:itemId/reopen')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({ summary: 'Reopen a signed-off item (重新整改)' })
  reopen(
    @Param('id', uuid) id: string,
    @Param('itemId', uuid) itemId: string,
    @Body() body: ReasonBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, ['office'], 'ReopenItem', { itemId, ...body });
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.WithholdItem })
  @Post(':id/items/:itemId/withhold')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({
    summary: 'Withhold an item from public disclosure (不予公开: 涉密、在办案件、敏感事项)',
  })
  withhold(
    @Param('id', uuid) id: string,
    @Param('itemId', uuid) itemId: string,
    @Body() body: ReasonBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, ['office'], 'WithholdItem', { itemId, ...body });
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.SubmitReport })
  @Post(':id/report')
  @HttpCode(200)
  @Roles('inspected')
  @ApiOperation({ summary: 'Submit the rectification report (报送整改报告)' })
  report(
    @Param('id', uuid) id: string,
    @Body() body: ReportBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, ['inspected'], 'SubmitReport', { ...body });
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.ReviewReport })
  @Post(':id/report/review')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({ summary: 'Accept or return the report (整改报告审核)' })
  reviewReport(
    @Param('id', uuid) id: string,
    @Body() body: ReportReviewBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, ['office'], 'ReviewReport', { ...body });
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.IssueReRectificationNotice })
  @Post(':id/re-rectification')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({ summary: 'Issue a re-rectification notice (再整改通知): a new report is due' })
  reRectification(
    @Param('id', uuid) id: string,
    @Body() body: ReRectificationBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, ['office'], 'IssueReRectificationNotice', { ...body });
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.AssessRectification })
  @Post(':id/assessment')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({ summary: 'Assess effectiveness (整改成效评估: 较好/一般/较差)' })
  assessment(
    @Param('id', uuid) id: string,
    @Body() body: AssessmentBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, ['office'], 'AssessRectification', { ...body });
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.RecordAdmonishment })
  @Post(':id/admonishments')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({ summary: 'Record admonishment talks after a poor grade (约谈)' })
  admonishment(
    @Param('id', uuid) id: string,
    @Body() body: AdmonishmentBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    const leaders = body.leaders.map(({ name, position }) => ({ name, position }));
    return this.run(id, p, c, ['office'], 'RecordAdmonishment', { ...body, leaders });
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.RecordSupervisionNote })
  @Post(':id/supervision-notes')
  @HttpCode(200)
  @Roles('discipline', 'organization')
  @ApiOperation({
    summary:
      'Daily supervision note (日常监督) by the discipline commission or organization department',
  })
  supervisionNote(
    @Param('id', uuid) id: string,
    @Body() body: SupervisionNoteBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    const by = p.roles.includes('discipline') ? 'discipline' : 'organization';
    return this.run(id, p, c, ['discipline', 'organization'], 'RecordSupervisionNote', {
      by,
      ...body,
    });
  }

  @Answers(CommandOutcome, { rules: RECTIFICATION_RULES.CloseCase })
  @Post(':id/close')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({ summary: 'Close the case after its assessment (整改结束)' })
  close(
    @Param('id', uuid) id: string,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, ['office'], 'CloseCase', {});
  }

  private async authorize(id: string, principal: Principal, allowed: Role[]) {
    const loaded = await this.cases.load(id);
    const opened = loaded.state.opened;
    if (!opened) throw new AggregateNotFound('rectification case', id);
    assertCanReach(
      principal,
      {
        caseId: id,
        organizationId: opened.village?.villageId ?? opened.targetId,
        jurisdiction: opened.village?.jurisdiction ?? opened.jurisdiction,
      },
      allowed,
    );
    return loaded;
  }

  private async run<T extends RectificationCaseCommand['type']>(
    id: string,
    principal: Principal,
    context: CommandContext,
    allowed: Role[],
    type: T,
    body: Body<T>,
  ) {
    await this.authorize(id, principal, allowed);
    const command = { ...body, type, caseId: id, at: context.now.toISOString() };
    const outcome = await this.cases.execute(id, command as RectificationCaseCommand, context);
    return { id: outcome.id, revision: outcome.revision };
  }
}

import { Body, Controller, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type RectificationCaseCommand,
  type RectificationCaseEvent,
  type RectificationCaseState,
  RECTIFICATION_RULES,
} from '@xuncha/rectification-domain';
import { EVENT_STORE, type EventStore } from '@xuncha/platform-event-store';
import { AggregateNotFound } from '@xuncha/platform-kernel';
import {
  Call,
  CommandPipeline,
  CurrentPrincipal,
  ReadEndpoint,
  commandEndpoints,
  pageOf,
  type CommandCall,
  type Principal,
  type Role,
} from '@xuncha/platform-nest';
import { READ_MODEL_STORE, type Filter, type ReadModelStore } from '@xuncha/platform-read-models';
import { CASES, type CaseSummary } from '../projections/cases.projection';
import { assertCanReach, reachableFilter } from './case-access';
import { caseStore } from './case-store';
import { caseView, disclosure } from './case-view';
import {
  AdmonishmentBody,
  AssessmentBody,
  CaseListQuery,
  PlanBody,
  PlanReviewBody,
  ProgressBody,
  ReRectificationBody,
  CloseBody,
  ReopenBody,
  WithholdBody,
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
const OFFICE: Role[] = ['office'];
const INSPECTED: Role[] = ['inspected'];
const Office = commandEndpoints(RECTIFICATION_RULES, { roles: OFFICE });
const Inspected = commandEndpoints(RECTIFICATION_RULES, { roles: INSPECTED });

@ApiTags('rectification cases (整改监督)')
@Controller('rectification-cases')
export class CasesController {
  private readonly cases: CommandPipeline<
    RectificationCaseState,
    RectificationCaseCommand,
    RectificationCaseEvent,
    readonly Role[]
  >;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
  ) {
    this.cases = new CommandPipeline(caseStore(store), authorize);
  }

  @ReadEndpoint(
    CasePage,
    '',
    'Rectification cases within reach (整改台账), by inspection, target or status',
    {
      roles: READERS,
      description: 'The inspected organization (role inspected) sees only its own cases.',
    },
  )
  async list(@Query() query: CaseListQuery, @CurrentPrincipal() principal: Principal) {
    const filter: Filter = { ...reachableFilter(principal, READERS) };
    if (query.inspectionId) filter.inspectionId = query.inspectionId;
    if (query.targetId) filter.targetId = query.targetId;
    if (query.status) filter.status = query.status;
    return pageOf<CaseSummary>(this.readModels, CASES, filter, { openedAt: -1 }, query);
  }

  @ReadEndpoint(OverduePage, 'overdue', 'Overdue plans, reports and items (整改逾期清单)', {
    roles: READERS,
    description:
      'One entry per deadline passed and not yet met: a plan not approved, a report not ' +
      'submitted, an item not signed off.',
  })
  async overdue(@Query() query: CaseListQuery, @CurrentPrincipal() principal: Principal) {
    const filter: Filter = { ...reachableFilter(principal, READERS), overdueCount: { $gt: 0 } };
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

  @ReadEndpoint(
    CaseView,
    ':id',
    'One case with its plan, items, report and assessment (整改详情)',
    {
      roles: SUPERVISORS,
    },
  )
  async get(@Call() { id, principal }: CommandCall) {
    const { state, revision } = await this.cases.read(id, principal, SUPERVISORS);
    return caseView(id, state, revision);
  }

  @ReadEndpoint(Disclosure, ':id/disclosure', 'Public disclosure summary (整改公开)', {
    roles: ['office', 'inspected'],
    description: 'The text to publish; items withheld from disclosure are left out entirely.',
  })
  async disclosure(@Call() { id, principal }: CommandCall) {
    return disclosure((await this.cases.read(id, principal, ['office', 'inspected'])).state);
  }

  @Inspected('SubmitPlan', ':id/plan', 'Submit the rectification plan (报送整改方案)', {
    description:
      'Screening (过筛子): an item without measures, a responsible person or a deadline is ' +
      'refused with 422 rules/plan-incomplete naming the items in itemIds.',
  })
  plan(@Call() call: CommandCall, @Body() body: PlanBody) {
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
    return this.run(call, INSPECTED, 'SubmitPlan', {
      items,
      principalLeader,
      submittedAt: body.submittedAt,
    });
  }

  @Office('ReviewPlan', ':id/plan/review', 'Approve or return the plan (整改方案审核)')
  reviewPlan(@Call() call: CommandCall, @Body() body: PlanReviewBody) {
    return this.run(call, OFFICE, 'ReviewPlan', { ...body });
  }

  @Inspected(
    'ReportProgress',
    ':id/items/:itemId/progress',
    'Report progress on an item (整改进展)',
  )
  progress(
    @Call() call: CommandCall,
    @Call('itemId') item: CommandCall,
    @Body() body: ProgressBody,
  ) {
    return this.run(call, INSPECTED, 'ReportProgress', { itemId: item.id, ...body });
  }

  @Office('SignOffItem', ':id/items/:itemId/sign-off', 'Verify and sign off an item (销号)')
  signOff(@Call() call: CommandCall, @Call('itemId') item: CommandCall, @Body() body: SignOffBody) {
    return this.run(call, OFFICE, 'SignOffItem', { itemId: item.id, ...body });
  }

  @Office('ReopenItem', ':id/items/:itemId/reopen', 'Reopen a signed-off item (重新整改)')
  reopen(@Call() call: CommandCall, @Call('itemId') item: CommandCall, @Body() body: ReopenBody) {
    return this.run(call, OFFICE, 'ReopenItem', { itemId: item.id, ...body });
  }

  @Office(
    'WithholdItem',
    ':id/items/:itemId/withhold',
    'Withhold an item from public disclosure (不予公开: 涉密、在办案件、敏感事项)',
  )
  withhold(
    @Call() call: CommandCall,
    @Call('itemId') item: CommandCall,
    @Body() body: WithholdBody,
  ) {
    return this.run(call, OFFICE, 'WithholdItem', { itemId: item.id, ...body });
  }

  @Inspected('SubmitReport', ':id/report', 'Submit the rectification report (报送整改报告)')
  report(@Call() call: CommandCall, @Body() body: ReportBody) {
    return this.run(call, INSPECTED, 'SubmitReport', { ...body });
  }

  @Office('ReviewReport', ':id/report/review', 'Accept or return the report (整改报告审核)')
  reviewReport(@Call() call: CommandCall, @Body() body: ReportReviewBody) {
    return this.run(call, OFFICE, 'ReviewReport', { ...body });
  }

  @Office(
    'IssueReRectificationNotice',
    ':id/re-rectification',
    'Issue a re-rectification notice (再整改通知): a new report is due',
  )
  reRectification(@Call() call: CommandCall, @Body() body: ReRectificationBody) {
    return this.run(call, OFFICE, 'IssueReRectificationNotice', { ...body });
  }

  @Office(
    'AssessRectification',
    ':id/assessment',
    'Assess effectiveness (整改成效评估: 较好/一般/较差)',
  )
  assessment(@Call() call: CommandCall, @Body() body: AssessmentBody) {
    return this.run(call, OFFICE, 'AssessRectification', { ...body });
  }

  @Office(
    'RecordAdmonishment',
    ':id/admonishments',
    'Record admonishment talks after a poor grade (约谈)',
  )
  admonishment(@Call() call: CommandCall, @Body() body: AdmonishmentBody) {
    const leaders = body.leaders.map(({ name, position }) => ({ name, position }));
    return this.run(call, OFFICE, 'RecordAdmonishment', { ...body, leaders });
  }

  @Office(
    'RecordSupervisionNote',
    ':id/supervision-notes',
    'Daily supervision note (日常监督) by the discipline commission or organization department',
    { roles: ['discipline', 'organization'] },
  )
  supervisionNote(@Call() call: CommandCall, @Body() body: SupervisionNoteBody) {
    const by = call.principal.roles.includes('discipline') ? 'discipline' : 'organization';
    return this.run(call, ['discipline', 'organization'], 'RecordSupervisionNote', { by, ...body });
  }

  @Office('CloseCase', ':id/close', 'Close the case after its assessment (整改结束)')
  close(@Call() call: CommandCall, @Body() body: CloseBody) {
    return this.run(call, OFFICE, 'CloseCase', { ...body });
  }

  private run<T extends RectificationCaseCommand['type']>(
    call: CommandCall,
    allowed: readonly Role[],
    type: T,
    body: Body<T>,
  ) {
    const command = { ...body, type, caseId: call.id, at: call.context.now.toISOString() };
    return this.cases.run(call, command as RectificationCaseCommand, allowed);
  }
}

/** 404 for a case never opened or out of reach; the organization sees its own case only. */
function authorize(
  { state }: { state: RectificationCaseState },
  { id, principal }: { id: string; principal: Principal },
  allowed: readonly Role[],
): void {
  const opened = state.opened;
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
}

import { Body, Controller, Inject, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ClueCommand, CLUE_RULES } from '@xuncha/clue-domain';
import {
  AuditTrail,
  Call,
  ErasureBody,
  CurrentPrincipal,
  ErasureOutcome,
  ReadEndpoint,
  assertRecordInReach,
  commandEndpoints,
  pageOf,
  type AuthenticatedRequest,
  type CommandCall,
  type PageRequest,
  type Principal,
} from '@xuncha/platform-nest';
import { READ_MODEL_STORE, type Filter, type ReadModelStore } from '@xuncha/platform-read-models';
import { CLUES, type ClueSummary } from '../projections/clues.projection';
import { ClueCommands } from './clue-commands';
import {
  AssessmentBody,
  DispositionBody,
  ClueListQuery,
  OutcomeBody,
  PageQuery,
  ReceiptBody,
  TransferBody,
} from './clue.dtos';
import { assertReachesClue, reachableClues } from './clue-access';
import { fullView, redactedView } from './clue-view';
import { CluePage, ClueReads, ClueView } from './clue.answers';

const READERS = ['office', 'discipline', 'organization', 'analyst'] as const;
const RECIPIENTS = ['office', 'discipline', 'organization'] as const;
const Step = commandEndpoints(CLUE_RULES, { roles: RECIPIENTS });

type CommandWithout<T extends ClueCommand['type']> = Omit<
  Extract<ClueCommand, { type: T }>,
  'type' | 'at'
>;

@ApiTags('clues (问题线索处置)')
@Controller('clues')
export class CluesController {
  constructor(
    private readonly commands: ClueCommands,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly auditTrail: AuditTrail,
  ) {}

  @ReadEndpoint(
    CluePage,
    '',
    'Clues in the caller’s jurisdiction (线索列表), redacted: no names or allegations',
    { roles: READERS },
  )
  async list(@Query() query: ClueListQuery, @CurrentPrincipal() principal: Principal) {
    const filter: Filter = { jurisdictionPath: principal.jurisdiction };
    if (query.inspectionId) filter.inspectionId = query.inspectionId;
    // $and: the status asked for narrows the reach, never widens it.
    filter.$and = [
      reachableClues(principal, READERS),
      query.status ? { status: query.status } : {},
    ];
    return this.page(filter, { updatedAt: -1 }, query);
  }

  @ReadEndpoint(CluePage, 'overdue', 'Clues whose result is overdue (逾期未反馈，督办), redacted', {
    roles: READERS,
  })
  async overdue(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal) {
    const reach = reachableClues(principal, READERS);
    const filter = { jurisdictionPath: principal.jurisdiction, overdue: true, ...reach };
    return this.page(filter, { dueBy: 1 }, query);
  }

  @ReadEndpoint(
    ClueView,
    ':id',
    'One clue (线索详情): the full record for the office of its jurisdiction and for the ' +
      'recipient it was transferred to, redacted for the analyst; every full read is recorded',
    { roles: READERS },
  )
  async get(@Call() { id, principal, context }: CommandCall, @Req() request: AuthenticatedRequest) {
    const { state, events } = await this.commands.load(id);
    assertRecordInReach(principal, state.facts!.jurisdiction, 'clue', id);
    if (assertReachesClue(principal, state.facts!, READERS, id) === 'redacted') {
      return redactedView(id, state, events);
    }
    // The read is recorded before the record leaves: no full read goes unrecorded.
    const read = {
      type: 'RecordRead' as const,
      clueId: id,
      reader: principal.sub,
      roles: principal.roles,
    };
    await this.commands.audit.execute(
      id,
      { ...read, at: context.now.toISOString() },
      {
        actor: context.actor,
        correlationId: context.correlationId,
        now: context.now,
      },
    );
    // And on the admin's audit trail, beside token use and ledger exports.
    await this.auditTrail.record(request, { action: 'clue.full-read' });
    return fullView(id, state, events);
  }

  @ReadEndpoint(ClueReads, ':id/reads', 'Who read the clue’s full record, and when (查阅记录)', {
    roles: ['office', 'discipline'],
  })
  async reads(@Call() { id, principal }: CommandCall) {
    const { state } = await this.commands.load(id);
    assertRecordInReach(principal, state.facts!.jurisdiction, 'clue', id);
    assertReachesClue(principal, state.facts!, ['office', 'discipline'], id);
    return { items: await this.commands.readTrail(id) };
  }

  @Step(
    'AssessClue',
    ':id/assessment',
    'Joint review with the commission, choosing the recipient (集体会商)',
    { roles: ['office'] },
  )
  assess(@Call() call: CommandCall, @Body() body: AssessmentBody) {
    return this.run(call, 'AssessClue', {
      recipient: body.recipient,
      note: body.note,
      ...(body.assessedAt && { assessedAt: body.assessedAt }),
    });
  }

  @Step(
    'TransferClue',
    ':id/transfer',
    'Transfer to the recipient with a result due day (线索移交)',
    { roles: ['office'] },
  )
  transfer(@Call() call: CommandCall, @Body() body: TransferBody) {
    return this.run(call, 'TransferClue', {
      ...(body.resultDueBy && { resultDueBy: body.resultDueBy }),
      ...(body.transferredAt && { transferredAt: body.transferredAt }),
    });
  }

  @Step('AcknowledgeReceipt', ':id/receipt', 'The recipient signed for the clue (签收)')
  receipt(@Call() call: CommandCall, @Body() body: ReceiptBody) {
    return this.run(call, 'AcknowledgeReceipt', {
      receivedAt: body.receivedAt,
      receivedBy: body.receivedBy ?? call.principal.sub,
    });
  }

  @Step(
    'DecideDisposition',
    ':id/disposition',
    'Disposition (处置方式): 谈话函询, 初步核实, 暂存待查 or 予以了结',
  )
  disposition(@Call() call: CommandCall, @Body() body: DispositionBody) {
    return this.run(call, 'DecideDisposition', {
      method: body.method,
      ...(body.decidedAt && { decidedAt: body.decidedAt }),
    });
  }

  @Step(
    'ReportOutcome',
    ':id/outcome',
    'Outcome figures (办理结果); final concludes the clue (办结)',
  )
  outcome(@Call() call: CommandCall, @Body() body: OutcomeBody) {
    return this.run(call, 'ReportOutcome', {
      caseFiled: body.caseFiled,
      sanctionedPersons: body.sanctionedPersons,
      judicialTransfers: body.judicialTransfers,
      organizationalHandling: body.organizationalHandling ?? 0,
      fundsRecovered: body.fundsRecovered,
      final: body.final,
      ...(body.reportedAt && { reportedAt: body.reportedAt }),
    });
  }

  @Step(
    'ErasePersonalData',
    ':id/personal-data',
    'Erase the clue’s personal data (删除个人信息, crypto-shredding): its key is destroyed, so ' +
      'the name, position, allegation, evidence and notes become unreadable in every stored ' +
      'event and message; the clue and its figures stay. Irreversible; admin of the ' +
      'jurisdiction only. What the commission already received is not recalled.',
    { method: 'delete', roles: ['admin'], answers: ErasureOutcome, dryRun: false },
  )
  async erasePersonalData(@Call() call: CommandCall, @Body() body: ErasureBody) {
    const outcome = await this.commands.erasePersonalData(call, body.reason);
    return { ...outcome, personalDataErased: true };
  }

  private run<T extends ClueCommand['type']>(call: CommandCall, type: T, body: CommandWithout<T>) {
    const command = { type, at: call.context.now.toISOString(), ...body } as ClueCommand;
    return this.commands.pipeline.run(call, command, RECIPIENTS);
  }

  private page(filter: Filter, sort: Record<string, 1 | -1>, query: PageRequest) {
    return pageOf<ClueSummary>(this.readModels, CLUES, filter, sort, query);
  }
}

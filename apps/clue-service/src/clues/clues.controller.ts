import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ClueCommand, CLUE_RULES } from '@xuncha/clue-domain';
import type { CommandContext } from '@xuncha/platform-event-store';
import {
  AuditTrail,
  Command,
  ErasureBody,
  CurrentPrincipal,
  Roles,
  assertRecordInReach,
  type AuthenticatedRequest,
  type Principal,
  Answers,
  CommandOutcome,
  ErasureOutcome,
} from '@xuncha/platform-nest';
import { READ_MODEL_STORE, type ReadModelStore } from '@xuncha/platform-read-models';
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

const uuid = new ParseUUIDPipe();
const READERS = ['office', 'discipline', 'organization', 'analyst'] as const;
const RECIPIENTS = ['office', 'discipline', 'organization'] as const;

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

  @Answers(CluePage)
  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Clues in the caller’s jurisdiction (线索列表), redacted: no names or allegations',
  })
  async list(@Query() query: ClueListQuery, @CurrentPrincipal() principal: Principal) {
    const filter: Record<string, unknown> = { jurisdictionPath: principal.jurisdiction };
    if (query.inspectionId) filter.inspectionId = query.inspectionId;
    // $and: the status asked for narrows the reach, never widens it.
    filter.$and = [
      reachableClues(principal, READERS),
      query.status ? { status: query.status } : {},
    ];
    return this.page(filter, { updatedAt: -1 }, query);
  }

  @Answers(CluePage)
  @Get('overdue')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Clues whose result is overdue (逾期未反馈，督办), redacted' })
  async overdue(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal) {
    return this.page(
      {
        jurisdictionPath: principal.jurisdiction,
        overdue: true,
        ...reachableClues(principal, READERS),
      },
      { dueBy: 1 },
      query,
    );
  }

  @Answers(ClueView)
  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'One clue (线索详情): the full record for the office of its jurisdiction and for the ' +
      'recipient it was transferred to, redacted for the analyst; every full read is recorded',
  })
  async get(
    @Param('id', uuid) id: string,
    @CurrentPrincipal() principal: Principal,
    @Command() context: CommandContext,
    @Req() request: AuthenticatedRequest,
  ) {
    const { state, events } = await this.commands.load(id);
    assertRecordInReach(principal, state.facts!.jurisdiction, 'clue', id);
    if (assertReachesClue(principal, state.facts!, READERS, id) === 'redacted') {
      return redactedView(id, state, events);
    }
    // The read is recorded before the record leaves: no full read goes unrecorded.
    await this.commands.audit.execute(
      id,
      {
        type: 'RecordRead',
        clueId: id,
        reader: principal.sub,
        roles: principal.roles,
        at: context.now.toISOString(),
      },
      { actor: context.actor, correlationId: context.correlationId, now: context.now },
    );
    // And on the admin's audit trail, beside token use and ledger exports.
    await this.auditTrail.record(request, { action: 'clue.full-read' });
    return fullView(id, state, events);
  }

  @Answers(ClueReads)
  @Get(':id/reads')
  @Roles('office', 'discipline')
  @ApiOperation({ summary: 'Who read the clue’s full record, and when (查阅记录)' })
  async reads(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
    const { state } = await this.commands.load(id);
    assertRecordInReach(principal, state.facts!.jurisdiction, 'clue', id);
    assertReachesClue(principal, state.facts!, ['office', 'discipline'], id);
    return { items: await this.commands.readTrail(id) };
  }

  @Answers(CommandOutcome, { rules: CLUE_RULES.AssessClue })
  @Post(':id/assessment')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({ summary: 'Joint review with the commission, choosing the recipient (集体会商)' })
  assess(
    @Param('id', uuid) id: string,
    @Body() body: AssessmentBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'AssessClue', {
      recipient: body.recipient,
      note: body.note,
      ...(body.assessedAt && { assessedAt: body.assessedAt }),
    });
  }

  @Answers(CommandOutcome, { rules: CLUE_RULES.TransferClue })
  @Post(':id/transfer')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({ summary: 'Transfer to the recipient with a result due day (线索移交)' })
  transfer(
    @Param('id', uuid) id: string,
    @Body() body: TransferBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'TransferClue', {
      ...(body.resultDueBy && { resultDueBy: body.resultDueBy }),
      ...(body.transferredAt && { transferredAt: body.transferredAt }),
    });
  }

  @Answers(CommandOutcome, { rules: CLUE_RULES.AcknowledgeReceipt })
  @Post(':id/receipt')
  @HttpCode(200)
  @Roles(...RECIPIENTS)
  @ApiOperation({ summary: 'The recipient signed for the clue (签收)' })
  receipt(
    @Param('id', uuid) id: string,
    @Body() body: ReceiptBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'AcknowledgeReceipt', {
      receivedAt: body.receivedAt,
      receivedBy: body.receivedBy ?? p.sub,
    });
  }

  @Answers(CommandOutcome, { rules: CLUE_RULES.DecideDisposition })
  @Post(':id/disposition')
  @HttpCode(200)
  @Roles(...RECIPIENTS)
  @ApiOperation({
    summary: 'Disposition (处置方式): 谈话函询, 初步核实, 暂存待查 or 予以了结',
  })
  disposition(
    @Param('id', uuid) id: string,
    @Body() body: DispositionBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'DecideDisposition', {
      method: body.method,
      ...(body.decidedAt && { decidedAt: body.decidedAt }),
    });
  }

  @Answers(CommandOutcome, { rules: CLUE_RULES.ReportOutcome })
  @Post(':id/outcome')
  @HttpCode(200)
  @Roles(...RECIPIENTS)
  @ApiOperation({ summary: 'Outcome figures (办理结果); final concludes the clue (办结)' })
  outcome(
    @Param('id', uuid) id: string,
    @Body() body: OutcomeBody,
    @Command() c: CommandContext,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.run(id, p, c, 'ReportOutcome', {
      caseFiled: body.caseFiled,
      sanctionedPersons: body.sanctionedPersons,
      judicialTransfers: body.judicialTransfers,
      organizationalHandling: body.organizationalHandling ?? 0,
      fundsRecovered: body.fundsRecovered,
      final: body.final,
      ...(body.reportedAt && { reportedAt: body.reportedAt }),
    });
  }

  @Answers(ErasureOutcome, { rules: CLUE_RULES.ErasePersonalData })
  @Delete(':id/personal-data')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      'Erase the clue’s personal data (删除个人信息, crypto-shredding): its key is destroyed, so ' +
      'the name, position, allegation, evidence and notes become unreadable in every stored ' +
      'event and message; the clue and its figures stay. Irreversible; admin of the ' +
      'jurisdiction only. What the commission already received is not recalled.',
  })
  async erasePersonalData(
    @Param('id', uuid) id: string,
    @Body() body: ErasureBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    const { state } = await this.commands.load(id);
    assertRecordInReach(principal, state.facts!.jurisdiction, 'clue', id);
    const outcome = await this.commands.erasePersonalData(id, body.reason, context);
    return { id: outcome.id, revision: outcome.revision, personalDataErased: true };
  }

  private async run<T extends ClueCommand['type']>(
    id: string,
    principal: Principal,
    context: CommandContext,
    type: T,
    body: CommandWithout<T>,
  ) {
    const { state } = await this.commands.load(id);
    assertRecordInReach(principal, state.facts!.jurisdiction, 'clue', id);
    assertReachesClue(principal, state.facts!, RECIPIENTS, id);
    const command = { type, at: context.now.toISOString(), ...body } as ClueCommand;
    const outcome = await this.commands.execute(id, command, context);
    return { id: outcome.id, revision: outcome.revision };
  }

  private async page(
    filter: Record<string, unknown>,
    sort: Record<string, 1 | -1>,
    query: PageQuery,
  ) {
    const page = await this.readModels.find<ClueSummary>(CLUES, {
      filter,
      sort,
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
}

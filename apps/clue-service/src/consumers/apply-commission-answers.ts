import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type {
  ClueDispositionDecided,
  ClueOutcomeReported,
  ClueReceiptAcknowledged,
} from '@xuncha/contracts';
import type { AcknowledgeReceipt, DecideDisposition, ReportOutcome } from '@xuncha/clue-domain';
import { BusContext, OnIntegrationEvent } from '@xuncha/platform-bus';
import { ClueCommands } from '../clues/clue-commands';

const RECEIPT_WAIT_MS = 10_000;

/**
 * The discipline commission's answers (签收, 处置方式, 办理结果) drive the same commands as
 * the HTTP calls. A message about an unknown clue, quoting another transfer number or
 * refused by a rule is dead-lettered by the consumer runtime.
 */
@Controller()
export class ApplyCommissionAnswers {
  constructor(private readonly commands: ClueCommands) {}

  @OnIntegrationEvent('discipline.clue.ClueReceiptAcknowledged.v1')
  async receipt(@Payload() data: ClueReceiptAcknowledged, @Ctx() context: BusContext) {
    await this.run(data.clueId, context, {
      type: 'AcknowledgeReceipt',
      receivedAt: data.receivedAt,
      receivedBy: data.receivedBy,
      transferNumber: data.transferNumber,
    });
  }

  @OnIntegrationEvent('discipline.clue.ClueDispositionDecided.v1')
  async disposition(@Payload() data: ClueDispositionDecided, @Ctx() context: BusContext) {
    await this.run(data.clueId, context, {
      type: 'DecideDisposition',
      method: data.method,
      decidedAt: data.decidedAt,
      transferNumber: data.transferNumber,
    });
  }

  @OnIntegrationEvent('discipline.clue.ClueOutcomeReported.v1')
  async outcome(@Payload() data: ClueOutcomeReported, @Ctx() context: BusContext) {
    await this.run(data.clueId, context, {
      type: 'ReportOutcome',
      caseFiled: data.caseFiled,
      sanctionedPersons: data.sanctionedPersons,
      judicialTransfers: data.judicialTransfers,
      organizationalHandling: data.organizationalHandling,
      fundsRecovered: data.fundsRecovered,
      final: data.final,
      reportedAt: data.reportedAt,
      transferNumber: data.transferNumber,
    });
  }

  /**
   * Receipts and outcomes travel on two topics, so an outcome sent after its receipt may
   * arrive first. Give the receipt a moment before the rule (clue-not-received) refuses.
   */
  private async awaitReceipt(clueId: string): Promise<void> {
    const deadline = Date.now() + RECEIPT_WAIT_MS;
    while ((await this.commands.load(clueId)).state.facts?.status === 'transferred') {
      if (Date.now() > deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  private async run(
    clueId: string,
    context: BusContext,
    command:
      Omit<AcknowledgeReceipt, 'at'> | Omit<DecideDisposition, 'at'> | Omit<ReportOutcome, 'at'>,
  ): Promise<void> {
    if (command.type !== 'AcknowledgeReceipt') await this.awaitReceipt(clueId);
    const commandContext = context.commandContext();
    await this.commands.execute(
      clueId,
      { ...command, at: commandContext.now.toISOString() },
      commandContext,
    );
  }
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  IsAmount,
  IsCalendarDate,
  IsCount,
  IsInstant,
  IsText,
  ListQuery,
} from '@xuncha/platform-nest';
import {
  CLUE_RECIPIENTS,
  CLUE_STATUSES,
  DISPOSITION_METHODS,
  type ClueRecipient,
  type ClueStatus,
} from '@xuncha/contracts';

export class AssessmentBody {
  @ApiProperty({
    enum: CLUE_RECIPIENTS,
    description: 'Recipient chosen at joint review (移交对象)',
  })
  @IsIn(CLUE_RECIPIENTS)
  recipient!: ClueRecipient;

  @ApiProperty({ description: 'Conclusion of the joint review (集体会商意见)' })
  @IsText(2000)
  note!: string;

  @ApiPropertyOptional({
    description: 'When the joint review was held (会商时间), if not now; not after today',
  })
  @IsOptional()
  @IsInstant()
  assessedAt?: string;
}

export class TransferBody {
  @ApiPropertyOptional({
    description: 'Day the result is due (办理结果反馈时限); 3 months after transfer when absent',
    example: '2026-07-20',
  })
  @IsOptional()
  @IsCalendarDate()
  resultDueBy?: string;

  @ApiPropertyOptional({
    description:
      'When it was transferred (移交时间), if not now (a ledger entered later); not after ' +
      'today, not before the joint review. Numbering, due day and figures follow it',
  })
  @IsOptional()
  @IsInstant()
  transferredAt?: string;
}

export class ReceiptBody {
  @ApiProperty({
    description: 'When it was signed for (签收时间); not after today, not before the transfer',
  })
  @IsInstant()
  receivedAt!: string;

  @ApiPropertyOptional({ description: 'Who signed for it (签收人); the caller when absent' })
  @IsOptional()
  @IsText(100)
  receivedBy?: string;
}

export class DispositionBody {
  // Only a string here: a method outside the four is refused by the rule (422), not as input.
  @ApiProperty({ enum: DISPOSITION_METHODS, description: 'Disposition (处置方式)' })
  @IsText(64)
  method!: string;

  @ApiPropertyOptional({
    description: 'When it was decided (决定时间); now when absent, not before the receipt',
  })
  @IsOptional()
  @IsInstant()
  decidedAt?: string;
}

export class OutcomeBody {
  @ApiProperty({ description: 'A case was filed (立案)' })
  @IsBoolean()
  caseFiled!: boolean;

  @ApiProperty({ description: 'Persons sanctioned (党纪政务处分人数)', minimum: 0 })
  @IsCount(10_000)
  sanctionedPersons!: number;

  @ApiProperty({ description: 'Persons transferred to judicial organs (移送司法)', minimum: 0 })
  @IsCount(10_000)
  judicialTransfers!: number;

  @ApiPropertyOptional({
    description: 'Persons given organizational handling (组织处理)',
    default: 0,
  })
  @IsOptional()
  @IsCount(10_000)
  organizationalHandling?: number;

  @ApiProperty({ description: 'Funds recovered in yuan (追缴/挽回金额)', minimum: 0 })
  @IsAmount()
  fundsRecovered!: number;

  @ApiProperty({ description: 'The outcome is final: the clue is concluded (办结)' })
  @IsBoolean()
  final!: boolean;

  @ApiPropertyOptional({
    description: 'When it was reported (报告时间); now when absent, not before the step before',
  })
  @IsOptional()
  @IsInstant()
  reportedAt?: string;
}

export class ClueListQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'Inspection (巡察) id' })
  @IsOptional()
  @IsUUID()
  inspectionId?: string;

  @ApiPropertyOptional({ enum: CLUE_STATUSES, description: 'Status (状态)' })
  @IsOptional()
  @IsIn(CLUE_STATUSES)
  status?: ClueStatus;
}

/** Paging only: the overdue list. */
export class PageQuery extends ListQuery {}

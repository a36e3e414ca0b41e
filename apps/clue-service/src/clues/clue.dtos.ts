import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  IsCalendarDate,
  IsInstant,
  IsJurisdiction,
  IsText,
  ListQuery,
} from '@xuncha/platform-nest';
import {
  CLUE_RECIPIENTS,
  CLUE_STATUSES,
  DISCIPLINE_CATEGORIES,
  DISPOSITION_METHODS,
  INVOLVED_RANKS,
  TARGET_TIERS,
  type ClueRecipient,
  type ClueStatus,
  type DisciplineCategory,
  type InvolvedRank,
  type TargetTier,
} from '@xuncha/contracts';

export class OriginBody {
  @ApiProperty({ description: 'Inspection (巡察) the petition was received at' })
  @IsUUID()
  inspectionId!: string;

  @ApiProperty({ description: 'Round (轮次)' })
  @IsUUID()
  roundId!: string;

  @ApiProperty({ description: 'Team (巡察组)' })
  @IsUUID()
  teamId!: string;

  @ApiProperty({ description: 'Team leader (组长), a cadre id' })
  @IsUUID()
  teamLeaderId!: string;

  @ApiProperty({ description: 'Inspected target (被巡察单位)' })
  @IsUUID()
  targetId!: string;

  @ApiProperty({ description: 'Name of the inspected organization (被巡察单位名称)' })
  @IsText(200)
  targetName!: string;

  @ApiProperty({ description: 'Jurisdiction code of the target (行政区划代码)', example: '611000' })
  @IsJurisdiction()
  jurisdiction!: string;

  @ApiProperty({ enum: TARGET_TIERS, description: 'Tier of the target (层级)' })
  @IsIn(TARGET_TIERS)
  tier!: TargetTier;

  @ApiPropertyOptional({ description: 'Finding (发现问题) the clue comes from' })
  @IsOptional()
  @IsUUID()
  findingId?: string;
}

export class PersonBody {
  @ApiProperty({ description: 'Full name (姓名)' })
  @IsText(50)
  name!: string;

  @ApiProperty({ description: 'Position (职务)' })
  @IsText(200)
  position!: string;

  @ApiProperty({ enum: INVOLVED_RANKS, description: 'Rank (涉及人员层级)' })
  @IsIn(INVOLVED_RANKS)
  rank!: InvolvedRank;
}

/** A clue from a petition (信访) received at an inspection. */
export class PetitionClueBody {
  @ApiPropertyOptional({ description: 'Petition (信访件) id at the inspection' })
  @IsOptional()
  @IsUUID()
  petitionId?: string;

  @ApiProperty({ type: OriginBody, description: 'The inspection it was received at (线索来源)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => OriginBody)
  inspection!: OriginBody;

  @ApiProperty({ type: PersonBody, description: 'The person concerned (涉及人员)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => PersonBody)
  person!: PersonBody;

  @ApiProperty({ description: 'Allegation (问题线索内容)' })
  @IsText(5000)
  allegation!: string;

  @ApiProperty({ enum: DISCIPLINE_CATEGORIES, description: 'Discipline concerned (违纪类别)' })
  @IsIn(DISCIPLINE_CATEGORIES)
  discipline!: DisciplineCategory;

  @ApiPropertyOptional({ description: 'Transfer while the inspection goes on (边巡边移)' })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Evidence references (证据材料编号)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsText(200, true)
  evidenceRefs?: string[];
}

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
}

export class ErasureBody {
  @ApiProperty({
    description:
      'Why the personal data is erased (删除理由), e.g. the retention period ended or a ' +
      'deletion request was granted. Kept in plaintext with the erasure: never repeat the ' +
      'personal data in it',
  })
  @IsText(500)
  reason!: string;
}

export class TransferBody {
  @ApiPropertyOptional({
    description: 'Day the result is due (办理结果反馈时限); 3 months after transfer when absent',
    example: '2026-07-20',
  })
  @IsOptional()
  @IsCalendarDate()
  resultDueBy?: string;
}

export class ReceiptBody {
  @ApiProperty({ description: 'When it was signed for (签收时间)' })
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

  @ApiPropertyOptional({ description: 'When it was decided (决定时间); now when absent' })
  @IsOptional()
  @IsInstant()
  decidedAt?: string;
}

export class OutcomeBody {
  @ApiProperty({ description: 'A case was filed (立案)' })
  @IsBoolean()
  caseFiled!: boolean;

  @ApiProperty({ description: 'Persons sanctioned (党纪政务处分人数)', minimum: 0 })
  @IsInt()
  @Min(0)
  sanctionedPersons!: number;

  @ApiProperty({ description: 'Persons transferred to judicial organs (移送司法)', minimum: 0 })
  @IsInt()
  @Min(0)
  judicialTransfers!: number;

  @ApiPropertyOptional({
    description: 'Persons given organizational handling (组织处理)',
    default: 0,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  organizationalHandling?: number;

  @ApiProperty({ description: 'Funds recovered in yuan (追缴/挽回金额)', minimum: 0 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  fundsRecovered!: number;

  @ApiProperty({ description: 'The outcome is final: the clue is concluded (办结)' })
  @IsBoolean()
  final!: boolean;

  @ApiPropertyOptional({ description: 'When it was reported (报告时间); now when absent' })
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

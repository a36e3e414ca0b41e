import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ASSESSMENT_GRADES, type AssessmentGrade } from '@xuncha/contracts';
import {
  HappenedAt,
  IsAmount,
  IsCalendarDate,
  IsCount,
  IsText,
  ListQuery,
} from '@xuncha/platform-nest';

/** Reasons: one to twenty texts. */
function IsReasons(min: number): PropertyDecorator {
  return (target, key) => {
    IsArray()(target, key);
    ArrayMinSize(min)(target, key);
    ArrayMaxSize(20)(target, key);
    IsText(1000, true)(target, key);
  };
}

/** Present and not blank: blank values go through to screening, which names the item. */
const given = (value: unknown) => value !== undefined && value !== null && value !== '';

export class PersonBody {
  @ApiProperty({ description: 'Full name (姓名)', example: '张某某' })
  @IsText(50)
  name!: string;

  @ApiProperty({ description: 'Position (职务)', example: '商洛市财政局党组书记、局长' })
  @IsText(200)
  position!: string;
}

export class MilestoneBody {
  @ApiProperty({ description: 'Milestone (阶段目标)', example: '完成制度修订' })
  @IsText(300)
  title!: string;

  @ApiProperty({ description: 'Day it is due (完成时限)', example: '2026-10-31' })
  @IsCalendarDate()
  dueBy!: string;
}

export class PlanItemBody {
  @ApiProperty({ description: 'Item (整改事项) id of the case' })
  @IsUUID()
  itemId!: string;

  @ApiPropertyOptional({
    description: 'Measures (整改措施); missing or empty: screening refuses the plan (422)',
    type: [String],
    example: ['清退超标准列支的会议费', '修订会议费管理办法'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  measures?: string[];

  @ApiPropertyOptional({
    description: 'Responsible person (责任人); missing or blank: screening refuses the plan (422)',
    example: '李某某（财务科科长）',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  responsible?: string;

  @ApiPropertyOptional({
    description: 'Deadline (整改时限); missing: screening refuses the plan (422)',
    example: '2026-08-31',
  })
  @ValidateIf((body: PlanItemBody) => given(body.deadline))
  @IsCalendarDate()
  deadline?: string;

  @ApiPropertyOptional({
    description: 'Milestones of a long-term item (中长期整改事项阶段目标)',
    type: [MilestoneBody],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MilestoneBody)
  milestones?: MilestoneBody[];
}

export class PlanBody {
  @ApiProperty({ description: 'The plan item by item (整改方案)', type: [PlanItemBody] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => PlanItemBody)
  items!: PlanItemBody[];

  @ApiPropertyOptional({
    description:
      'Principal leader, first responsible for rectification (主要负责人, 整改第一责任人)',
    type: PersonBody,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonBody)
  principalLeader?: PersonBody;

  @HappenedAt('the plan was submitted (报送时间)', 'the feedback, or the return it answers')
  submittedAt?: string;
}

export class PlanReviewBody {
  @ApiProperty({ description: 'Approve or return (审核通过 / 退回)', enum: ['approve', 'return'] })
  @IsIn(['approve', 'return'])
  decision!: 'approve' | 'return';

  @ApiProperty({
    description: 'Reasons (退回理由); at least one to return',
    type: [String],
    example: ['整改措施不具体'],
  })
  @IsReasons(0)
  reasons!: string[];

  @ApiPropertyOptional({ description: 'Items the reasons are about', type: [String] })
  @IsOptional()
  @IsArray()
  @IsUUID(undefined, { each: true })
  itemIds?: string[];

  @HappenedAt('the office decided (审核时间)', 'the submission')
  reviewedAt?: string;
}

export class ProgressBody {
  @ApiProperty({ description: 'Progress (整改进展)', example: '已清退会议费8.2万元' })
  @IsText(2000)
  note!: string;

  @ApiPropertyOptional({
    description: 'Index (from 0) of the plan milestone this note reports reached (阶段目标完成)',
  })
  @IsOptional()
  @IsCount(19)
  milestone?: number;

  @HappenedAt('the progress was reported', 'the plan’s approval')
  reportedAt?: string;
}

export class SignOffBody {
  @ApiProperty({
    description: 'Evidence the office verified (佐证材料)',
    example: '超标准会议费已全部清退，附财务凭证及银行回单',
  })
  @IsText(2000)
  evidence!: string;

  @HappenedAt(
    'the item was signed off (销号时间)',
    'the plan’s approval and the item’s progress reports',
  )
  signedOffAt?: string;
}

export class ReasonBody {
  @ApiProperty({ description: 'Why (原因)', example: '“回头看”发现问题反弹' })
  @IsText(1000)
  reason!: string;
}

export class ReopenBody extends ReasonBody {
  @HappenedAt('the item was reopened', 'its sign-off')
  reopenedAt?: string;
}

export class WithholdBody extends ReasonBody {
  @HappenedAt('the item was withheld from disclosure', 'the case’s opening')
  withheldAt?: string;
}

export class CloseBody {
  @HappenedAt('the case was closed', 'every step of it')
  closedAt?: string;
}

export class ReportBody {
  @ApiProperty({ description: 'The rectification report (整改报告)' })
  @IsText(20000)
  summary!: string;

  @ApiProperty({ description: 'Rules and systems established (建章立制数)', example: 6 })
  @IsInt()
  @Min(0)
  @Max(100000)
  rulesEstablished!: number;

  @ApiProperty({ description: 'Funds recovered (挽回/追缴金额), yuan', example: 126400.5 })
  @IsAmount()
  fundsRecovered!: number;

  @HappenedAt(
    'the report was submitted (报送时间)',
    'the plan’s approval and the last return or notice',
  )
  submittedAt?: string;
}

export class ReportReviewBody {
  @ApiProperty({ description: 'Accept or return (通过 / 退回)', enum: ['accept', 'return'] })
  @IsIn(['accept', 'return'])
  decision!: 'accept' | 'return';

  @ApiProperty({ description: 'Reasons; at least one to return', type: [String] })
  @IsReasons(0)
  reasons!: string[];

  @HappenedAt('the office decided', 'the report’s submission')
  reviewedAt?: string;
}

export class ReRectificationBody {
  @ApiProperty({ description: 'Why rectification must continue (再整改理由)', type: [String] })
  @IsReasons(1)
  reasons!: string[];

  @ApiProperty({ description: 'Items concerned', type: [String] })
  @IsArray()
  @IsUUID(undefined, { each: true })
  itemIds!: string[];

  @ApiProperty({ description: 'Day the new report is due (再整改报告时限)', example: '2026-11-30' })
  @IsCalendarDate()
  reportDueBy!: string;

  @HappenedAt('the notice was issued', 'the report it answers')
  issuedAt?: string;
}

export class AssessmentBody {
  @ApiProperty({
    description: 'Effectiveness (整改成效): good 较好, fair 一般, poor 较差',
    enum: ASSESSMENT_GRADES,
  })
  @IsIn(ASSESSMENT_GRADES)
  grade!: AssessmentGrade;

  @ApiPropertyOptional({ description: 'Remarks (评估意见)' })
  @IsOptional()
  @IsText(2000)
  note?: string;

  @HappenedAt('it was assessed (评估时间)', 'the report')
  assessedAt?: string;
}

export class AdmonishmentBody {
  @ApiProperty({ description: 'Day of the talks (约谈日期)', example: '2026-10-12' })
  @IsCalendarDate()
  heldOn!: string;

  @ApiProperty({ description: 'Leaders admonished (约谈对象)', type: [PersonBody] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PersonBody)
  leaders!: PersonBody[];

  @ApiPropertyOptional({ description: 'Remarks (约谈情况)' })
  @IsOptional()
  @IsText(2000)
  note?: string;
}

export class SupervisionNoteBody {
  @ApiProperty({ description: 'Daily supervision note (日常监督情况)' })
  @IsText(2000)
  note!: string;
}

export class CaseListQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'Inspection (巡察) id' })
  @IsOptional()
  @IsUUID()
  inspectionId?: string;

  @ApiPropertyOptional({ description: 'Inspected organization (被巡察单位) id' })
  @IsOptional()
  @IsUUID()
  targetId?: string;

  @ApiPropertyOptional({ description: 'open or closed', enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: 'open' | 'closed';
}

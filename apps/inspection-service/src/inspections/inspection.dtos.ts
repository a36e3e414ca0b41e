import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import {
  DIRECTIVE_TARGETS,
  DISCIPLINE_CATEGORIES,
  INVOLVED_RANKS,
  REPORTING_CHANNELS,
  RESULT_USE_KINDS,
  TALK_GROUPS,
  type DirectiveTarget,
  type DisciplineCategory,
  type InvolvedRank,
  type ReportingChannel,
  type ResultUseKind,
  type TalkGroup,
} from '@xuncha/contracts';
import {
  BRIEFING_UNITS,
  MEETING_KINDS,
  PORTRAIT_RATINGS,
  type BriefingUnit,
  type MeetingKind,
  type PortraitRating,
} from '@xuncha/inspection-domain';
import {
  HappenedAt,
  IsAmount,
  IsCalendarDate,
  IsCount,
  IsInstant,
  IsText,
  ListQuery,
} from '@xuncha/platform-nest';
export class StationingBody {
  @ApiProperty({
    description: 'When the inspection was announced (巡察公告时间)',
    example: '2026-03-10T09:00:00+08:00',
  })
  @IsInstant()
  announcedAt!: string;

  @ApiProperty({
    description: 'Reporting channels announced (举报渠道)',
    enum: REPORTING_CHANNELS,
    isArray: true,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(REPORTING_CHANNELS, { each: true })
  channels!: ReportingChannel[];
}

export class BriefingBody {
  @ApiProperty({
    description:
      'Briefing unit (通报单位): discipline-commission 纪委监委, organization-department 组织部, audit-office 审计机关, petition-office 信访部门',
    enum: BRIEFING_UNITS,
  })
  @IsIn(BRIEFING_UNITS)
  unit!: BriefingUnit;

  @ApiPropertyOptional({
    description:
      'What the unit told (通报内容): negative lists, cases, audit findings, petitions; may name ' +
      'people, so it is sealed at rest and shown to the office and the team only',
  })
  @IsOptional()
  @IsText(10000)
  summary?: string;

  @ApiPropertyOptional({
    description: 'When the unit briefed the team (通报时间); now when absent',
    example: '2026-03-05T15:00:00+08:00',
  })
  @IsOptional()
  @IsInstant()
  briefedAt?: string;
}

export class MeetingBody {
  @ApiProperty({
    description:
      'Meeting (会议): communication 沟通见面会, mobilization 动员会, special-briefing 专题汇报会, symposium 座谈会, mid-term-report 中期汇报',
    enum: MEETING_KINDS,
  })
  @IsIn(MEETING_KINDS)
  kind!: MeetingKind;

  @ApiProperty({ description: 'Day held (召开日期)', example: '2026-03-10' })
  @IsCalendarDate()
  heldOn!: string;

  @ApiProperty({ description: 'Attendees (参会人数)', minimum: 0 })
  @IsCount(100_000)
  attendees!: number;

  @ApiPropertyOptional({ description: 'Note (备注)' })
  @IsOptional()
  @IsText(1000)
  note?: string;
}

export class TalksBody {
  @ApiProperty({
    description: 'Who was talked to (谈话对象)',
    enum: TALK_GROUPS,
  })
  @IsIn(TALK_GROUPS)
  group!: TalkGroup;

  @ApiProperty({ description: 'Talks held (谈话人次)', minimum: 1 })
  @IsCount(10_000, 1)
  count!: number;

  @ApiProperty({ description: 'Day of the talks (谈话日期)', example: '2026-03-12' })
  @IsCalendarDate()
  date!: string;
}

export class NotApplicableBody {
  @ApiProperty({
    description: 'The must-talk group the target does not have (不适用的必谈对象)',
    enum: TALK_GROUPS,
  })
  @IsIn(TALK_GROUPS)
  group!: TalkGroup;

  @ApiProperty({ description: 'Why (原因), e.g. 本单位无少数民族职工', maxLength: 200 })
  @IsText(200)
  reason!: string;
}

export class SurveyBody {
  @ApiProperty({ description: 'Respondents (问卷调查/民主测评人数)', minimum: 1 })
  @IsCount(1_000_000, 1)
  respondents!: number;

  @ApiProperty({ description: 'Day (日期)', example: '2026-03-13' })
  @IsCalendarDate()
  date!: string;
}

export class DocumentReviewBody {
  @ApiProperty({ description: 'What was reviewed (调阅资料), e.g. 党组会议记录, 财务凭证' })
  @IsText(200)
  subject!: string;

  @ApiProperty({ description: 'Volumes reviewed (卷/册)', minimum: 1 })
  @IsCount(100_000, 1)
  volumes!: number;

  @ApiProperty({ description: 'Day (日期)', example: '2026-03-14' })
  @IsCalendarDate()
  date!: string;
}

export class VisitBody {
  @ApiProperty({ description: 'Place or unit visited (走访对象)' })
  @IsText(200)
  place!: string;

  @ApiProperty({ description: 'Day (日期)', example: '2026-03-15' })
  @IsCalendarDate()
  date!: string;
}

export class PetitionBody {
  @ApiProperty({ description: 'How it arrived (信访渠道)', enum: REPORTING_CHANNELS })
  @IsIn(REPORTING_CHANNELS)
  channel!: ReportingChannel;

  @ApiProperty({ description: 'What it is about (信访摘要)' })
  @IsText(2000)
  summary!: string;
}

export class TriageBody {
  @ApiProperty({ description: 'Inside the inspection scope (属于巡察范围)' })
  @IsBoolean()
  inScope!: boolean;

  @ApiPropertyOptional({
    description: 'Authority it is forwarded to when outside the scope (转办单位)',
  })
  @IsOptional()
  @IsText(200)
  forwardedTo?: string;
}

export class FindingBody {
  @ApiProperty({
    description: 'Short statement of the problem (问题表述), about matters, never naming people',
  })
  @IsText(300)
  title!: string;

  @ApiProperty({ description: 'Description (问题描述)' })
  @IsText(5000)
  description!: string;

  @ApiProperty({
    description: 'Focus catalog item code (监督重点条目编号), e.g. SGJJ-2-07',
    example: 'SGJJ-2-07',
  })
  @IsText(64)
  focusItem!: string;

  @ApiProperty({ description: 'Highest rank involved (涉及人员层级)', enum: INVOLVED_RANKS })
  @IsIn(INVOLVED_RANKS)
  involvedRank!: InvolvedRank;

  @ApiPropertyOptional({ description: 'Amount involved in yuan (涉及金额)', minimum: 0 })
  @IsOptional()
  @IsAmount()
  amount?: number;

  @ApiPropertyOptional({ description: 'Village the finding is about (涉及村/社区), a target id' })
  @IsOptional()
  @IsUUID()
  villageId?: string;

  @ApiPropertyOptional({ description: 'A key problem (重点问题); absent: not' })
  @IsOptional()
  @IsBoolean()
  keyProblem?: boolean;

  @ApiPropertyOptional({
    description: "A problem of the public's urgent concerns (群众急难愁盼); absent: not",
  })
  @IsOptional()
  @IsBoolean()
  publicConcern?: boolean;

  @HappenedAt(
    'the team found it (发现时间)',
    'the stationing; an amendment without it keeps the first',
  )
  foundAt?: string;
}

export class AmendmentBody extends FindingBody {
  @ApiProperty({ description: 'Why the finding is corrected (修订原因)' })
  @IsText(1000)
  reason!: string;
}

export class ImmediateItemBody {
  @ApiProperty({ description: 'What must be put right at once (立行立改事项)' })
  @IsText(300)
  title!: string;

  @ApiPropertyOptional({ description: 'Finding it comes from' })
  @IsOptional()
  @IsUUID()
  findingId?: string;

  @ApiPropertyOptional({ description: 'Day by which it must be done (完成时限)' })
  @IsOptional()
  @IsCalendarDate()
  dueBy?: string;

  @HappenedAt('it was handed to the target (交办时间)', 'the stationing, or its finding')
  assignedAt?: string;
}

export class PersonBody {
  @ApiProperty({ description: 'Full name (姓名)' })
  @IsText(50)
  name!: string;

  @ApiProperty({ description: 'Position (职务)' })
  @IsText(200)
  position!: string;

  @ApiProperty({ description: 'Rank (层级)', enum: INVOLVED_RANKS })
  @IsIn(INVOLVED_RANKS)
  rank!: InvolvedRank;
}

export class ClueBody {
  @ApiPropertyOptional({ description: 'Finding the clue comes from' })
  @IsOptional()
  @IsUUID()
  findingId?: string;

  @ApiPropertyOptional({
    description:
      'Petition (信访件) received at this inspection that the clue comes from (信访线索): ' +
      'one forwarded to another authority is refused (petition-forwarded)',
  })
  @IsOptional()
  @IsUUID()
  petitionId?: string;

  @ApiPropertyOptional({
    description:
      'Village the clue is about (涉及村/社区), a target id, in a township-with-villages ' +
      'inspection; a clue from a finding is about the finding’s village (village-not-finding-village)',
  })
  @IsOptional()
  @IsUUID()
  villageId?: string;

  @ApiProperty({ description: 'The person concerned (涉及人员)', type: PersonBody })
  @ValidateNested()
  @Type(() => PersonBody)
  person!: PersonBody;

  @ApiProperty({ description: 'What the person is alleged to have done (问题线索内容)' })
  @IsText(5000)
  allegation!: string;

  @ApiProperty({ description: 'Discipline concerned (违纪类别)', enum: DISCIPLINE_CATEGORIES })
  @IsIn(DISCIPLINE_CATEGORIES)
  discipline!: DisciplineCategory;

  @ApiPropertyOptional({
    description: 'Transfer while the inspection goes on (边巡边移)',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;

  @ApiPropertyOptional({
    description: 'References to supporting material (证据材料编号)',
    type: [String],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsText(200, true)
  evidenceRefs?: string[];

  @ApiPropertyOptional({
    description:
      'When the team identified it (发现时间), if not now; not after today, not before stationing',
  })
  @IsOptional()
  @IsInstant()
  identifiedAt?: string;
}

export class PortraitEntryBody {
  @ApiProperty({
    description: 'Portrait dimension code of the catalog (画像维度), e.g. political-quality',
  })
  @IsText(64)
  dimension!: string;

  @ApiProperty({
    description: 'Rating (评价): good 好, fair 较好/一般, poor 差',
    enum: PORTRAIT_RATINGS,
  })
  @IsIn(PORTRAIT_RATINGS)
  rating!: PortraitRating;

  @ApiProperty({ description: 'Assessment (评价意见)' })
  @IsText(2000)
  assessment!: string;
}

export class PortraitBody {
  @ApiProperty({
    description: 'Top-leader political portrait (一把手政治画像)',
    type: [PortraitEntryBody],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => PortraitEntryBody)
  entries!: PortraitEntryBody[];
}

export class ReportBody {
  @ApiProperty({ description: 'Report text or summary (巡察报告)' })
  @IsText(20000)
  summary!: string;
}

export class DraftBody extends ReportBody {
  @HappenedAt('the report was drafted', 'the stationing')
  draftedAt?: string;
}

export class RevisionBody extends ReportBody {
  @HappenedAt('the report was revised', 'the draft or the last revision')
  revisedAt?: string;
}

export class ApprovalBody {
  @HappenedAt('the team leader approved the report (审定时间)', 'the draft or its last revision')
  approvedAt?: string;
}

export class ClosingBody {
  @HappenedAt('the inspection was closed', 'the feedback')
  closedAt?: string;
}

export class ConsultationBody {
  @ApiProperty({ description: 'Outcome of the office-team consultation (组办会商意见)' })
  @IsText(5000)
  note!: string;

  @HappenedAt('the consultation was held', 'the report’s approval')
  consultedAt?: string;
}

export class DirectiveBody {
  @ApiProperty({
    description: 'What it points at: person 点人, matter 点事, problem 点问题',
    enum: DIRECTIVE_TARGETS,
  })
  @IsIn(DIRECTIVE_TARGETS)
  pointsAt!: DirectiveTarget;

  @ApiProperty({
    description: 'Whom or what it points at; a person by post (职务), never by name',
  })
  @IsText(1000)
  subject!: string;

  @ApiPropertyOptional({
    description: 'The department that owns it (责任部门); an imported ledger may not name it',
  })
  @IsOptional()
  @IsText(200)
  owner?: string;

  @ApiPropertyOptional({ description: 'Day it is due (办理时限), not before the hearing' })
  @IsOptional()
  @IsCalendarDate()
  dueBy?: string;
}

export class HearingBody {
  @ApiProperty({
    description:
      'When the secretary meeting heard the report (书记专题会听取时间): not after today, ' +
      'not before the report’s approval or consultation',
  })
  @IsInstant()
  heardAt!: string;

  @ApiProperty({
    description:
      'Directives (书记点人点事点问题), each a line of the directives ledger; may be empty',
    type: [DirectiveBody],
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DirectiveBody)
  directives!: DirectiveBody[];
}

export class ResultUseBody {
  @ApiProperty({ description: 'What is sent (成果运用方式)', enum: RESULT_USE_KINDS })
  @IsIn(RESULT_USE_KINDS)
  kind!: ResultUseKind;

  @ApiProperty({ description: 'Whom it is sent to (送达单位): a body, never a person' })
  @IsText(200)
  addressee!: string;

  @ApiProperty({ description: 'What it is about (主要内容); a person by post, never by name' })
  @IsText(5000)
  subject!: string;

  @HappenedAt('it was sent (送达时间)', 'the hearing')
  sentAt?: string;
}

export class FollowUpBody {
  @ApiProperty({ description: 'What was done (办理情况)' })
  @IsText(5000)
  note!: string;

  @HappenedAt('it was done', 'the hearing or the last follow-up')
  followedUpAt?: string;
}

export class DirectiveClosingBody {
  @ApiProperty({ description: 'What came of it (办结情况)' })
  @IsText(5000)
  result!: string;

  @HappenedAt('it was closed', 'the hearing or the last follow-up')
  closedAt?: string;
}

export class FeedbackBody {
  @ApiProperty({
    description:
      'When the feedback was delivered (反馈时间): not after today, not before the hearing. ' +
      'Rectification due dates count from its day',
  })
  @IsInstant()
  deliveredAt!: string;

  @ApiProperty({
    description: 'Positions or bodies copied (抄送), never personal names',
    type: [String],
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsText(200, true)
  copiedTo!: string[];

  @ApiPropertyOptional({
    description:
      'Villages that get their own problem list with it (分村反馈); required for each village of the inspection',
    type: [String],
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  villageIds?: string[];
}

export class InspectionListQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'Round (轮次) id' })
  @IsOptional()
  @IsUUID()
  roundId?: string;

  @ApiPropertyOptional({ description: 'Target (巡察对象) id' })
  @IsOptional()
  @IsUUID()
  targetId?: string;

  @ApiPropertyOptional({ description: 'Team (巡察组) id' })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}

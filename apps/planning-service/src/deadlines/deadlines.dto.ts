import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import type { Deadlines } from '@xuncha/planning-domain';

export class DeadlinesBody implements Deadlines {
  @ApiProperty({ description: '进驻前通知天数 (notice before stationing), default 10' })
  @IsInt()
  @Min(0)
  @Max(365)
  stationingNoticeDays!: number;

  @ApiProperty({ description: '现场巡察天数 (field stage), default 40' })
  @IsInt()
  @Min(1)
  @Max(365)
  fieldStageDays!: number;

  @ApiProperty({
    description: '向书记专题会汇报天数 (report to the secretary meeting), default 30',
  })
  @IsInt()
  @Min(1)
  @Max(365)
  reportToSecretaryDays!: number;

  @ApiProperty({ description: '整改方案报送工作日 (rectification plan, working days), default 15' })
  @IsInt()
  @Min(1)
  @Max(365)
  rectificationPlanWorkingDays!: number;

  @ApiProperty({ description: '整改报告报送月数 (rectification report, months), default 2' })
  @IsInt()
  @Min(1)
  @Max(24)
  rectificationReportMonths!: number;

  @ApiProperty({ description: '线索办理结果月数 (clue result, months), default 3' })
  @IsInt()
  @Min(1)
  @Max(24)
  clueResultMonths!: number;
}

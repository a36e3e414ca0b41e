import { IsCalendarDate, NotBefore } from '@xuncha/platform-nest';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBase64,
  IsBoolean,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

/** Codes name nodes in findings, ledgers and workbooks: no spaces, no Chinese. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Catalog ids and version suffixes name streams and version ids. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,47}$/;

export class CatalogEntryBody {
  @ApiProperty({ description: '编号 (code, unique in the version), e.g. SGJJ-2-07' })
  @IsString()
  @Matches(CODE, { message: 'code must be letters, digits, . _ or -, at most 64' })
  code!: string;

  @ApiProperty({ description: '表述 (wording)', maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  label!: string;

  @ApiPropertyOptional({ description: '占位措辞 (the wording is a placeholder to fill in)' })
  @IsOptional()
  @IsBoolean()
  placeholder?: boolean;
}

export class FocusBody extends CatalogEntryBody {
  @ApiProperty({ description: '条目 (items)', type: [CatalogEntryBody] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CatalogEntryBody)
  items!: CatalogEntryBody[];
}

export class PointBody extends CatalogEntryBody {
  @ApiProperty({ description: '突出问题表现 (manifestations)', type: [CatalogEntryBody] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CatalogEntryBody)
  manifestations!: CatalogEntryBody[];
}

export class ProcessBody extends CatalogEntryBody {
  @ApiProperty({ description: '监督要点 (points)', type: [PointBody] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => PointBody)
  points!: PointBody[];
}

/** When a version is in force and what it is called. */
export class VersionFieldsBody {
  @ApiPropertyOptional({ description: '版本 (version suffix, default v<n>), e.g. 2023' })
  @IsOptional()
  @IsString()
  @Matches(SLUG, { message: 'version must be lower-case letters, digits and -, at most 48' })
  version?: string;

  @ApiPropertyOptional({ description: '版本说明 (label of the version)', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  label?: string;

  @ApiPropertyOptional({ description: '生效日期 (first day in force; a revision: default today)' })
  @IsOptional()
  @IsCalendarDate()
  validFrom?: string;

  @ApiPropertyOptional({ description: '失效日期 (last day in force)' })
  @IsOptional()
  @IsCalendarDate()
  @NotBefore('validFrom')
  validTo?: string;
}

export class CatalogContentBody extends VersionFieldsBody {
  @ApiProperty({ description: '监督重点及条目 (focuses and items)', type: [FocusBody] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => FocusBody)
  focuses!: FocusBody[];

  @ApiPropertyOptional({
    description: '一把手监督：工作流程、监督要点、问题表现 (top-leader processes)',
    type: [ProcessBody],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ProcessBody)
  processes?: ProcessBody[];

  @ApiPropertyOptional({
    description: '政治画像维度 (portrait dimensions)',
    type: [CatalogEntryBody],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CatalogEntryBody)
  portraitDimensions?: CatalogEntryBody[];
}

export class CreateCatalogBody extends CatalogContentBody {
  @ApiProperty({ description: '清单标识 (catalog id), e.g. qingdao-focus' })
  @IsString()
  @Matches(SLUG, { message: 'id must be lower-case letters, digits and -, at most 48' })
  id!: string;

  @ApiProperty({ description: '所属区划 (jurisdiction code)', example: '370200' })
  @IsString()
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'must be a division code of 6, 9 or 12 digits' })
  jurisdiction!: string;

  @ApiProperty({ description: '清单名称 (title)', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;
}

export class WorkbookBody extends VersionFieldsBody {
  @ApiProperty({
    description:
      'Excel 工作簿 (.xlsx, base64) with the sheets 监督重点, 一把手监督, 画像维度 as the export writes them',
  })
  @IsString()
  @MaxLength(2_000_000)
  @IsBase64()
  workbook!: string;
}

export class CreateFromWorkbookBody extends WorkbookBody {
  @ApiProperty({ description: '清单标识 (catalog id), e.g. qingdao-focus' })
  @IsString()
  @Matches(SLUG, { message: 'id must be lower-case letters, digits and -, at most 48' })
  id!: string;

  @ApiProperty({ description: '所属区划 (jurisdiction code)', example: '370200' })
  @IsString()
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'must be a division code of 6, 9 or 12 digits' })
  jurisdiction!: string;

  @ApiProperty({ description: '清单名称 (title)', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;
}

export class CatalogListQuery {
  @ApiPropertyOptional({
    description: '区划 (the catalogs this jurisdiction may use; default the caller’s)',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'must be a division code of 6, 9 or 12 digits' })
  jurisdiction?: string;
}

export class InForceQuery extends CatalogListQuery {
  @ApiPropertyOptional({ description: '日期 (the day; default today)' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsInstant, IsJurisdiction, ListQuery } from '@xuncha/platform-nest';

export class AuditQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'Token subject of the actor (操作人)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({
    description: 'Action (操作): token.used, ledger.exported, clue.full-read, …',
  })
  @IsOptional()
  @Matches(/^[a-z]+(?:[.-][a-z]+)+$/, { message: '$property must be a dotted action name' })
  action?: string;

  @ApiPropertyOptional({ description: 'Service that served the call, e.g. query-service' })
  @IsOptional()
  @Matches(/^[a-z]+-service$/, { message: '$property must be a service name' })
  service?: string;

  @ApiPropertyOptional({
    description: 'Actors in this jurisdiction subtree (区划代码); the caller’s own when absent',
  })
  @IsOptional()
  @IsJurisdiction()
  jurisdiction?: string;

  @ApiPropertyOptional({ description: 'From this instant, included (ISO 8601 with offset)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Until this instant, excluded (ISO 8601 with offset)' })
  @IsOptional()
  @IsInstant()
  to?: string;
}

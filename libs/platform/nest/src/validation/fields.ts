import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { isJurisdictionCode } from '@xuncha/platform-kernel';

/** A GB/T 2260 division code of 6, 9 or 12 digits that names a real level. */
export function IsJurisdiction(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isJurisdiction',
      validator: {
        validate: (value) => typeof value === 'string' && isJurisdictionCode(value),
        defaultMessage: () => '$property must be a division code of 6, 9 or 12 digits',
      },
    },
    options,
  );
}

/** A calendar day, e.g. 2026-03-09. */
export function IsCalendarDate(): PropertyDecorator {
  return (target, key) => {
    IsISO8601({ strict: true })(target, key);
    Matches(/^\d{4}-\d{2}-\d{2}$/, {
      message: '$property must be a calendar date, e.g. 2026-03-09',
    })(target, key);
  };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time with an offset: the offset fixes the calendar day it names. */
export function IsInstant(): PropertyDecorator {
  return (target, key) => {
    IsISO8601({ strict: true })(target, key);
    Matches(INSTANT, {
      message: '$property must be a date-time with offset, e.g. 2026-03-10T09:00:00+08:00',
    })(target, key);
  };
}

/** A non-empty text of at most `max` characters; `each` for every element of an array. */
export function IsText(max: number, each = false): PropertyDecorator {
  return (target, key) => {
    IsString({ each })(target, key);
    MinLength(1, { each })(target, key);
    MaxLength(max, { each })(target, key);
  };
}

/** The end of a window: not before the `from` of the same object. */
export function NotBefore(field: string): PropertyDecorator {
  return ValidateBy({
    name: 'notBefore',
    validator: {
      validate: (value, args) => {
        const start = (args?.object as Record<string, unknown>)[field];
        return typeof value !== 'string' || typeof start !== 'string' || start <= value;
      },
      defaultMessage: () => `$property must not be before ${field}`,
    },
  });
}

/** `?limit=&cursor=` of every list (API.md): extend it with the list's own filters. */
export class ListQuery {
  @ApiPropertyOptional({ description: 'Page size, 1–1000 (default 50)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  cursor?: string;
}

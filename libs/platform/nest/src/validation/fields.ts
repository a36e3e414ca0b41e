import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsISO8601,
  IsInt,
  IsNumber,
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
import { InvalidInput } from '../problem-details/problem-details.filter';

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

/**
 * When a step happened, if not when it is recorded (a ledger, yesterday's meeting): optional,
 * a date-time with offset, not on a later day than today and not before `follows` (the
 * decider's rules happened-in-future and happened-before-previous-step).
 */
export function HappenedAt(step: string, follows: string): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({
      description:
        `When ${step}, if not now (a ledger or a meeting entered later): not after ` +
        `today, not before ${follows}. Figures, deadlines and overdue checks count by it`,
      format: 'date-time',
      example: '2022-06-01T10:00:00+08:00',
    })(target, key);
    IsOptional()(target, key);
    IsInstant()(target, key);
  };
}

const DAY_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A calendar day or a date-time with offset (a period's bound): real dates only, 2022-02-30 is none. */
export function IsDayOrInstant(): PropertyDecorator {
  return (target, key) => {
    IsISO8601({ strict: true })(target, key);
    Matches(DAY_OR_INSTANT, {
      message: '$property must be a day or a date-time with offset, e.g. 2026-01-01',
    })(target, key);
  };
}

/** A whole number of things (people, talks, volumes) from `min` to a realistic `max`. */
export function IsCount(max: number, min = 0): PropertyDecorator {
  return (target, key) => {
    IsInt()(target, key);
    Min(min)(target, key);
    Max(max)(target, key);
  };
}

/** 千亿元: no sum of money of one record reaches it; 1e308 would be stored otherwise. */
export const MAX_AMOUNT_YUAN = 100_000_000_000;

/** A sum of money in yuan, to the fen, from 0 to MAX_AMOUNT_YUAN. */
export function IsAmount(): PropertyDecorator {
  return (target, key) => {
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })(target, key);
    Min(0)(target, key);
    Max(MAX_AMOUNT_YUAN)(target, key);
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

/** `?limit=&cursor=` of every list (docs/api.md, Values): extend it with the list's own filters. */
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

/** 400 naming each field sent as null: a change (PATCH) leaves a field out, it never nulls it. */
export function assertNoNulls(body: object): void {
  const nulls = Object.entries(body).filter(([, value]) => value === null);
  if (nulls.length > 0) {
    throw new InvalidInput(
      nulls.map(([field]) => ({ field, messages: [`${field} must not be null`] })),
    );
  }
}

/**
 * Field decorators for payload classes. Each one puts the class-validator rules
 * and the documentation of a field in one place, so that what the runtime
 * refuses and what the JSON Schema publishes cannot drift apart: the schema is
 * generated from the same class-validator metadata (class-validator-jsonschema),
 * and the adjustments below only say what the converters cannot infer.
 */
// @Type and the JSON Schema generator read decorator metadata through the Reflect API.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

/** A JSON Schema fragment as this library builds it. */
export type JsonSchema = { [keyword: string]: unknown };

/** GB/T 2260 codes (6 digits) extended to townships (9) and villages (12). */
export const JURISDICTION_CODE = /^(\d{6}|\d{9}|\d{12})$/;
/** An instant with its offset, e.g. 2026-03-02T09:30:00+08:00 (RFC 3339 date-time). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Class = new () => object;

function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

function minItems(min: number): PropertyDecorator[] {
  return min > 0 ? [ArrayMinSize(min)] : [];
}

/** The one JSONSchema decorator of a field: its description, plus a fix-up of the converted schema. */
function documented(
  description: string,
  adjust: (converted: JsonSchema) => JsonSchema = (converted) => converted,
): PropertyDecorator {
  return JSONSchema(
    (converted) => ({ ...adjust(converted as JsonSchema), description }) as never,
  ) as PropertyDecorator;
}

/** Describes a payload or nested class; `extra` adds class-level keywords. */
export function Describe(description: string, extra: JsonSchema = {}): ClassDecorator {
  return JSONSchema({ ...extra, description } as never) as ClassDecorator;
}

/** The field may be absent; when present it must be valid (null is refused, as in the schema). */
export function Optional(): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined);
}

/** An id minted by xuncha (UUID). */
export function Id(description: string): PropertyDecorator {
  return all(IsUUID(), documented(description));
}

export function Ids(description: string, { min = 0 } = {}): PropertyDecorator {
  return all(
    IsArray(),
    ...minItems(min),
    ArrayUnique(),
    IsUUID(undefined, { each: true }),
    documented(description),
  );
}

export function Text(description: string, maxLength = 500): PropertyDecorator {
  return all(IsString(), MinLength(1), MaxLength(maxLength), documented(description));
}

export function Texts(description: string, { min = 0, maxLength = 500 } = {}): PropertyDecorator {
  return all(
    IsArray(),
    ...minItems(min),
    IsString({ each: true }),
    MinLength(1, { each: true }),
    MaxLength(maxLength, { each: true }),
    documented(description),
  );
}

export function JurisdictionCode(description: string): PropertyDecorator {
  return all(
    Matches(JURISDICTION_CODE, {
      message: '$property must be a division code of 6, 9 or 12 digits',
    }),
    documented(`${description}. GB/T 2260 division code (行政区划代码), 6, 9 or 12 digits`),
  );
}

/** A non-negative whole number (or at least `min`). */
export function Count(description: string, min = 0): PropertyDecorator {
  // Min's converter says "number"; the field is an integer.
  return all(
    IsInt(),
    Min(min),
    documented(description, (converted) => ({ ...converted, type: 'integer' })),
  );
}

/** An amount in yuan (元), to the fen. */
export function Amount(description: string): PropertyDecorator {
  return all(
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(0),
    documented(`${description}, in yuan (元)`),
  );
}

/** A fraction between 0 and 1 (docs/api.md: rates are fractions, not percentages). */
export function Rate(description: string): PropertyDecorator {
  return all(
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(0),
    Max(1),
    documented(description),
  );
}

export function Flag(description: string): PropertyDecorator {
  return all(IsBoolean(), documented(description));
}

function withLabels(description: string, labels: Record<string, string>): string {
  const values = Object.entries(labels).map(([value, label]) => `${value} (${label})`);
  return `${description}. One of: ${values.join(', ')}`;
}

export function OneOf<V extends string>(
  values: readonly V[],
  labels: Record<V, string>,
  description: string,
): PropertyDecorator {
  return all(IsIn([...values]), documented(withLabels(description, labels)));
}

export function SomeOf<V extends string>(
  values: readonly V[],
  labels: Record<V, string>,
  description: string,
  { min = 0 } = {},
): PropertyDecorator {
  return all(
    IsArray(),
    ...minItems(min),
    ArrayUnique(),
    IsIn([...values], { each: true }),
    documented(withLabels(description, labels)),
  );
}

/** A moment, with its UTC offset (China: +08:00). */
export function Instant(description: string): PropertyDecorator {
  return all(
    IsISO8601({ strict: true }),
    Matches(INSTANT, {
      message: '$property must be a date-time with offset, e.g. 2026-03-10T09:00:00+08:00',
    }),
    documented(
      `${description}. ISO 8601 date-time with offset, e.g. 2026-03-10T09:00:00+08:00`,
      ({ oneOf: _, ...rest }) => ({
        ...rest,
        type: 'string',
        format: 'date-time',
      }),
    ),
  );
}

/** A calendar day (deadlines, windows), in China Standard Time; `extra` adds keywords (deprecated). */
export function CalendarDate(description: string, extra: JsonSchema = {}): PropertyDecorator {
  return all(
    IsISO8601({ strict: true }),
    Matches(CALENDAR_DATE, { message: '$property must be a calendar date, e.g. 2026-03-10' }),
    documented(
      `${description}. ISO 8601 calendar date, China Standard Time`,
      ({ oneOf: _, ...rest }) => ({
        ...rest,
        type: 'string',
        format: 'date',
        ...extra,
      }),
    ),
  );
}

export function Nested(type: () => Class, description: string): PropertyDecorator {
  // A $ref ignores its siblings in draft-07: wrap it so the description stays meaningful.
  return all(
    ValidateNested(),
    Type(type),
    documented(description, ({ $ref, ...rest }) => ({ ...rest, allOf: [{ $ref }] })),
  );
}

export function NestedList(
  type: () => Class,
  description: string,
  { min = 0 } = {},
): PropertyDecorator {
  return all(
    IsArray(),
    ...minItems(min),
    ValidateNested({ each: true }),
    Type(type),
    documented(description),
  );
}

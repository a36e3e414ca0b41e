/**
 * An overdue notice or event names the item only when an item is overdue;
 * plan and report deadlines have none. Both validators must say so.
 */
import { ValidateBy, ValidateIf } from 'class-validator';
import type { JsonSchema } from '../fields';

/** JSON Schema side of OnlyWhenItemOverdue: the fields are there exactly when what is item. */
export function whenItemOverdue(fields: string[]): JsonSchema {
  return {
    if: { type: 'object', required: ['what'], properties: { what: { enum: ['item'] } } },
    then: { type: 'object', required: fields },
    else: { not: { anyOf: fields.map((field) => ({ type: 'object', required: [field] })) } },
  };
}

/** A field about the overdue item: required when `what` is item, refused otherwise. */
export function OnlyWhenItemOverdue(): PropertyDecorator {
  const forItem = (object: object): boolean => (object as { what?: unknown }).what === 'item';
  return (target, key) => {
    ValidateIf((object: object, value: unknown) => forItem(object) || value !== undefined)(
      target,
      key,
    );
    ValidateBy({
      name: 'onlyWhenItemOverdue',
      validator: {
        validate: (_value, args) => forItem(args!.object),
        defaultMessage: () => 'must be absent unless what is item',
      },
    })(target, key);
  };
}

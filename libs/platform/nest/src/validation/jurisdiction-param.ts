import { canonicalJurisdiction, isJurisdictionCode } from '@xuncha/platform-kernel';
import { InvalidInput } from '../problem-details/problem-details.filter';

/**
 * A jurisdiction named in a path (`/deadlines/:jurisdiction`), in the form its descendants
 * name it as an ancestor (611000000 is 611000); 400 at the field when it is no division code.
 */
export function jurisdictionParam(code: string): string {
  if (!isJurisdictionCode(code)) {
    throw new InvalidInput([
      { field: 'jurisdiction', messages: ['must be a division code of 6, 9 or 12 digits'] },
    ]);
  }
  return canonicalJurisdiction(code);
}

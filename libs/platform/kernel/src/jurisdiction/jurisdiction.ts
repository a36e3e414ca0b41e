/**
 * Jurisdiction codes: GB/T 2260 division codes (6 digits) extended to 9 and 12
 * digits for townships and villages. Groups are 2-2-2-3-3 digits; a code's
 * ancestors come from zeroing its trailing groups.
 */
const GROUPS = [2, 2, 2, 3, 3] as const;
const CODE = /^(\d{6}|\d{9}|\d{12})$/;

export type JurisdictionLevel = 'province' | 'city' | 'county' | 'township' | 'village';
const LEVELS: JurisdictionLevel[] = ['province', 'city', 'county', 'township', 'village'];

export function isJurisdictionCode(code: string): boolean {
  return CODE.test(code) && significantGroups(code) > 0;
}

/** Number of groups up to the last non-zero one: 1 = province … 5 = village. */
function significantGroups(code: string): number {
  let offset = 0;
  let last = 0;
  GROUPS.forEach((width, index) => {
    const group = code.slice(offset, offset + width);
    if (group.length === width && /[1-9]/.test(group)) last = index + 1;
    offset += width;
  });
  return last;
}

export function jurisdictionLevel(code: string): JurisdictionLevel {
  assertCode(code);
  return LEVELS[significantGroups(code) - 1];
}

/** The code reduced to its significant groups, so 611000 and 611000000 compare equal. */
function prefix(code: string): string {
  const width = GROUPS.slice(0, significantGroups(code)).reduce((a, b) => a + b, 0);
  return code.slice(0, width);
}

/** True when `code` is `ancestor` itself or lies anywhere under it. */
export function isWithinJurisdiction(code: string, ancestor: string): boolean {
  assertCode(code);
  assertCode(ancestor);
  return prefix(code).startsWith(prefix(ancestor));
}

/** The code in the form its descendants name it as an ancestor: 6 digits down to county level. */
export function canonicalJurisdiction(code: string): string {
  assertCode(code);
  const significant = prefix(code);
  return significant.padEnd(Math.max(6, significant.length), '0');
}

/** The codes above `code`, nearest first, in 6-digit form down to county level. */
export function jurisdictionAncestors(code: string): string[] {
  assertCode(code);
  const ancestors: string[] = [];
  for (let groups = significantGroups(code) - 1; groups >= 1; groups--) {
    const width = GROUPS.slice(0, groups).reduce((a, b) => a + b, 0);
    const padTo = Math.max(6, width);
    ancestors.push(code.slice(0, width).padEnd(padTo, '0'));
  }
  return ancestors;
}

function assertCode(code: string): void {
  if (!isJurisdictionCode(code)) throw new Error(`not a jurisdiction code: ${code}`);
}

// What the home page's lists share: China's day, the oldest first, the scope a list is read in.

const CHINA_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day (YYYY-MM-DD, China time) of a date or an instant; the services count deadlines by it. */
export function chinaDay(at: string): string;
export function chinaDay(at: string | undefined): string | undefined;
export function chinaDay(at: string | undefined): string | undefined {
  if (!at) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? at.slice(0, 10) : CHINA_DAY.format(instant);
}

/** Today in China. */
export const chinaToday = (): string => CHINA_DAY.format(new Date());

/** True when the day has passed (a deadline of yesterday or before). */
export const isPast = (day: string | undefined): boolean => !!day && day < chinaToday();

/** The list by the day each entry waits since or is due by, oldest first; entries without one last. */
export function oldestFirst<T>(items: T[], dayOf: (item: T) => string | undefined): T[] {
  return items
    .map((item, index) => ({ item, index, day: dayOf(item) }))
    .sort((a, b) =>
      a.day === b.day
        ? a.index - b.index
        : a.day === undefined
          ? 1
          : b.day === undefined
            ? -1
            : a.day < b.day
              ? -1
              : 1,
    )
    .map(({ item }) => item);
}

/** A count for a card's title: "100+" when the service has more than the page it answered. */
export const countOf = (items: unknown[], more?: boolean): string =>
  `${items.length}${more ? '+' : ''}`;

// Jurisdiction codes: groups of 2-2-2-3-3 digits, a descendant keeps its ancestors' groups.
const GROUPS = [2, 2, 2, 3, 3];
function significant(code: string): string {
  let offset = 0;
  let width = 0;
  for (const group of GROUPS) {
    if (/[1-9]/.test(code.slice(offset, offset + group))) width = offset + group;
    offset += group;
  }
  return code.slice(0, width);
}

/**
 * Whether a record of `code` lies in the jurisdiction the shell's picker shows. The lists
 * that take no jurisdiction answer the person's whole reach; this narrows them to the scope.
 */
export const withinScope = (code: string | undefined, scope: string): boolean =>
  !code || significant(code).startsWith(significant(scope));

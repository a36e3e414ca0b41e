/** Calendar days (YYYY-MM-DD) as offices count them: in China Standard Time (UTC+8). */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day in China at an ISO instant, whatever offset the instant is written in. */
export function chinaDay(instant: string): string {
  return new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Same day of the month, clamped to the month's last day (Nov 30 + 3 months = Feb 28/29). */
export function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

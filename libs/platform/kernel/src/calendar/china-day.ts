/** Calendar days (YYYY-MM-DD) as offices count them: in China Standard Time (UTC+8). */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day in China at an ISO instant, whatever offset the instant is written in. */
export function chinaDay(instant: string): string {
  return new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

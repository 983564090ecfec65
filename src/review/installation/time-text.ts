const DAY_CODES: readonly string[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** A weekday as the topology writes it (MON..SUN), from `MON`, `Monday` or `MONDAY`; null for anything else. */
export function dayCode(name: unknown): string | null {
  const prefix = String(name ?? '').trim().slice(0, 3).toUpperCase();
  return DAY_CODES.includes(prefix) ? prefix : null;
}

/** Hours and minutes as HH:MM; null when either is not a time of day. */
export function clock(hours: unknown, minutes: unknown): string | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || h > 23 || m < 0 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** HH:MM plus a number of seconds, within the same day; null when it would pass midnight or the start is unknown. */
export function addSeconds(start: string | null, seconds: number | undefined): string | null {
  if (start === null || seconds === undefined) return null;
  const [h, m] = start.split(':').map(Number);
  const total = h * 60 + m + Math.round(seconds / 60);
  return total < 24 * 60 ? clock(Math.floor(total / 60), total % 60) : null;
}

/** A cron day, by name (`MON`) or number (0 and 7 are Sunday), as its index in DAY_CODES. */
function cronDayIndex(item: string): number | undefined {
  if (/^[0-7]$/.test(item)) return (Number(item) + 6) % 7;
  const code = dayCode(item);
  return code === null ? undefined : DAY_CODES.indexOf(code);
}

/** A cron day list, `MON,TUE`, `1-5`, `MON-FRI` or `*`, as day codes in week order (MON first). */
function cronDays(field: string): string[] {
  if (field === '*') return [...DAY_CODES];
  const indexes = new Set<number>();
  for (const item of field.split(',')) {
    const [first, last] = item.split('-').map(cronDayIndex);
    if (first === undefined || (item.includes('-') && last === undefined)) continue;
    for (let day = first; day <= (last ?? first); day++) indexes.add(day);
  }
  return [...indexes].sort((a, b) => a - b).map((index) => DAY_CODES[index]);
}

/** Days in week order (MON first), so that lists written in any order compare equal. */
export function inWeekOrder(days: readonly string[]): string[] {
  return [...days].sort((a, b) => DAY_CODES.indexOf(a) - DAY_CODES.indexOf(b));
}

/** A cron recurrence `m h * * DAYS` (Unix cron, as schedules on AWS and GCP take it), read into time and days. */
export function readCron(expression: unknown): { at: string | null; days: string[] } {
  const fields = String(expression ?? '').trim().split(/\s+/);
  if (fields.length !== 5) return { at: null, days: [] };
  return { at: clock(fields[1], fields[0]), days: cronDays(fields[4]) };
}

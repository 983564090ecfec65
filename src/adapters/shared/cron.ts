import type { Weekday } from '../../topology/fields';

/** Day-of-week numbers of traditional cron: Sunday is 0. */
const CRON_DAY: Readonly<Record<Weekday, number>> = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 };

/**
 * A cron expression for a time of day (HH:MM) on the given weekdays. Days are numbers, not names: EC2 Auto Scaling
 * takes "Unix cron syntax" (PutScheduledUpdateGroupAction, Recurrence), and in traditional cron "ranges or lists of
 * names are not allowed" (crontab(5)); GCP's scaling schedules take extended cron. Numbers are read alike by both.
 */
export function weeklyCron(time: string, days: readonly Weekday[]): string {
  const [hour, minute] = time.split(':').map(Number);
  const numbers = [...new Set(days.map((day) => CRON_DAY[day]))].sort((a, b) => a - b);
  return `${minute} ${hour} * * ${numbers.join(',')}`;
}

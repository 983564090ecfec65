import { HOURS_PER_MONTH } from '../cloud';

/** How many builders a working-hours schedule runs, and for what share of the week. */
export interface BuilderHours {
  /** Builders during working hours. */
  readonly workingBuilders: number;
  /** Builders outside working hours (may be 0). */
  readonly offHoursBuilders: number;
  /** Fraction of the week that is working hours. */
  readonly workingShareOfWeek: number;
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The fraction of a week inside working hours: working days times the working day's length, over the week. */
export function workingShareOfWeek(days: readonly string[], start: string, end: string): number {
  return (days.length * (minutesOf(end) - minutesOf(start))) / (7 * 24 * 60);
}

/**
 * Builders kept outside working hours: enough for the off-hours containers, never fewer than the fleet's minimum,
 * or none when no containers are asked for then.
 */
export function offHoursBuilderCount(offHoursContainers: number, minBuilders: number, containersPerBuilder: number): number {
  return offHoursContainers === 0 ? 0 : Math.max(minBuilders, Math.ceil(offHoursContainers / containersPerBuilder));
}

/**
 * A fleet's monthly cost in USD, rounded to cents: builders times the hourly price of one builder times 730 hours,
 * where a schedule replaces the builder count with its average over the week.
 */
export function scheduledMonthlyUsd(perBuilderHourlyUsd: number, builders: number, schedule?: BuilderHours): number {
  const average = schedule
    ? schedule.workingShareOfWeek * schedule.workingBuilders + (1 - schedule.workingShareOfWeek) * schedule.offHoursBuilders
    : builders;
  return Math.round(average * perBuilderHourlyUsd * HOURS_PER_MONTH * 100) / 100;
}

// Schedules of registered repositories: a 5-field cron expression (UTC) or an interval in seconds.
// Checked once when a user sends one, so the scheduler never meets a schedule it cannot follow.
import { CronTime, validateCronExpression } from 'cron';
import type { RepositoryRegistrationEntity } from '@deployguard/persistence';
import { invalidInput } from '@deployguard/jobs';

export type RepositorySchedule =
  | { readonly kind: 'cron'; readonly cron: string }
  | { readonly kind: 'interval'; readonly intervalS: number };

// A scan every few seconds would only queue scans behind scans.
export const MIN_INTERVAL_S = 60;
export const MAX_INTERVAL_S = 366 * 86_400;

const ACCEPTED =
  'schedule must be a cron expression of 5 fields in UTC (minute hour day-of-month month day-of-week, ' +
  `e.g. "0 3 * * *") or an interval in whole seconds from ${MIN_INTERVAL_S} to ${MAX_INTERVAL_S}`;

export function checkSchedule(value: unknown): RepositorySchedule {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < MIN_INTERVAL_S || value > MAX_INTERVAL_S)
      throw invalidInput(`${ACCEPTED}; got ${value}`);
    return { kind: 'interval', intervalS: value };
  }
  if (typeof value !== 'string') throw invalidInput(ACCEPTED);
  const cron = value.trim().replace(/\s+/g, ' ');
  const shown = JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…` : value);
  if (cron.length > 120 || cron.split(' ').length !== 5 || !validateCronExpression(cron).valid)
    throw invalidInput(`${ACCEPTED}; got ${shown}`);
  try {
    nextRunAt({ kind: 'cron', cron }, new Date());
  } catch {
    throw invalidInput(`schedule ${shown} never fires (no matching date in the coming years)`);
  }
  return { kind: 'cron', cron };
}

// The first time after `from` the schedule fires.
export function nextRunAt(schedule: RepositorySchedule, from: Date): Date {
  if (schedule.kind === 'interval') return new Date(from.getTime() + schedule.intervalS * 1000);
  return new CronTime(schedule.cron, 'UTC').getNextDateFrom(from).toJSDate();
}

export function scheduleOf(
  repository: Pick<RepositoryRegistrationEntity, 'scheduleCron' | 'scheduleIntervalS'>,
): RepositorySchedule | null {
  if (repository.scheduleCron) return { kind: 'cron', cron: repository.scheduleCron };
  if (repository.scheduleIntervalS) return { kind: 'interval', intervalS: repository.scheduleIntervalS };
  return null;
}

// The columns a schedule is stored in (exactly one is set).
export function scheduleColumns(schedule: RepositorySchedule): {
  scheduleCron: string | null;
  scheduleIntervalS: number | null;
} {
  return schedule.kind === 'cron'
    ? { scheduleCron: schedule.cron, scheduleIntervalS: null }
    : { scheduleCron: null, scheduleIntervalS: schedule.intervalS };
}

// Next run of a repository after a scan or a change: null while it is disabled.
export function nextScanAtOf(
  repository: Pick<RepositoryRegistrationEntity, 'scheduleCron' | 'scheduleIntervalS' | 'enabled'>,
  from: Date,
): Date | null {
  const schedule = scheduleOf(repository);
  return repository.enabled && schedule ? nextRunAt(schedule, from) : null;
}

// The scheduler's runs, by name: what GET /scheduler/status reports and scheduler_runs records.
import type { SchedulingConfig } from './scheduling.ports';

export const CRON_NAMES = ['expiry', 'cleanup', 'sweep', 'scans', 'retention'] as const;
export type CronName = (typeof CRON_NAMES)[number];

export const cronExpressionOf = (config: Pick<SchedulingConfig, 'scheduler'>, name: CronName): string =>
  config.scheduler.crons[name];

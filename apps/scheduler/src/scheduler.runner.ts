// Registers the scheduler's crons with @nestjs/schedule and runs each tick's work only while this
// process is the leader (SchedulerLock, confirmed with the server right before the work). Each run
// is recorded in scheduler_runs; a cron whose previous run is still going skips the tick.
import { hostname } from 'node:os';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import type { AppConfig } from '@deployguard/config';
import type { SchedulerRunRepository } from '@deployguard/persistence';
import { CRON_NAMES, cronExpressionOf, type CronName, type SchedulerLock } from '@deployguard/scheduling';
import type { Logger } from 'pino';

export const SCHEDULER_WORK = 'DEPLOYGUARD_SCHEDULER_WORK';

export interface SchedulerWork {
  readonly config: AppConfig;
  readonly lock: SchedulerLock;
  readonly runs: SchedulerRunRepository;
  readonly logger: Logger;
  readonly tasks: Record<CronName, () => Promise<object>>;
}

export const INSTANCE = `${hostname()}:${process.pid}`;

@Injectable()
export class SchedulerRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly inFlight = new Map<CronName, Promise<void>>();

  constructor(
    @Inject(SchedulerRegistry) private readonly registry: SchedulerRegistry,
    @Inject(SCHEDULER_WORK) private readonly work: SchedulerWork,
  ) {}

  onApplicationBootstrap(): void {
    this.work.lock.start();
    for (const name of CRON_NAMES) {
      const job = CronJob.from({
        cronTime: cronExpressionOf(this.work.config, name),
        onTick: () => void this.fire(name),
        start: true,
        timeZone: 'UTC',
      });
      this.registry.addCronJob(name, job);
    }
    this.work.logger.info(
      { instance: INSTANCE, crons: this.work.config.scheduler.crons },
      'scheduler started',
    );
  }

  async onApplicationShutdown(): Promise<void> {
    for (const name of CRON_NAMES) {
      if (this.registry.doesExist('cron', name)) void this.registry.getCronJob(name).stop();
    }
    await Promise.allSettled(this.inFlight.values());
    await this.work.lock.stop();
  }

  private async fire(name: CronName): Promise<void> {
    // the tick this run belongs to: cron fires within milliseconds of the whole second
    const tickAt = new Date(Math.round(Date.now() / 1000) * 1000);
    if (this.inFlight.has(name)) {
      this.work.logger.warn({ cron: name }, 'previous run still going; tick skipped');
      return;
    }
    const run = this.runOnce(name, tickAt).finally(() => this.inFlight.delete(name));
    this.inFlight.set(name, run);
    await run;
  }

  private async runOnce(name: CronName, tickAt: Date): Promise<void> {
    const { lock, runs, logger } = this.work;
    if (!(await lock.confirm())) return;
    let id: number;
    try {
      id = await runs.start(name, INSTANCE, tickAt);
    } catch (err) {
      logger.error({ cron: name, error: (err as Error).message }, 'scheduler run not recorded; skipped');
      return;
    }
    const started = Date.now();
    try {
      const result = await this.work.tasks[name]();
      await runs.finish(id, { status: 'succeeded', result: result as Record<string, unknown> });
      logger.info(
        { cron: name, tick_at: tickAt.toISOString(), duration_ms: Date.now() - started, result },
        'scheduler run finished',
      );
    } catch (err) {
      const message = (err as Error)?.message ?? String(err);
      await runs.finish(id, { status: 'failed', errorMessage: message }).catch(() => undefined);
      logger.error({ cron: name, error: message }, 'scheduler run failed');
    }
  }
}

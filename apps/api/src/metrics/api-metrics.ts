// Metrics of this API process in their own registry, merged with prom-client's default registry
// (process metrics, and whatever else the process registered there) on every scrape. A registry
// per app keeps two apps in one process (tests) from colliding on metric names. Other features
// (webhook deliveries, scheduler runs) register on the default registry and show up here.
import { collectDefaultMetrics, Gauge, Histogram, register, Registry } from 'prom-client';
import type { QueueDepthCache } from '@deployguard/messaging';
import { JOB_STATUSES, type JobRepository, type SchedulerRunRepository } from '@deployguard/persistence';
import type { Logger } from 'pino';

let defaultMetricsStarted = false;

export class ApiMetrics {
  readonly registry = new Registry();
  private readonly duration: Histogram<'method' | 'route' | 'status_code'>;

  constructor(
    jobs: Pick<JobRepository, 'countByStatus'>,
    logger: Logger,
    queueDepths?: Pick<QueueDepthCache, 'get'>,
    schedulerRuns?: Pick<SchedulerRunRepository, 'countByCronAndStatus'>,
  ) {
    if (!defaultMetricsStarted && !register.getSingleMetric('process_cpu_user_seconds_total')) {
      collectDefaultMetrics();
      defaultMetricsStarted = true;
    }
    new Gauge({
      name: 'deployguard_jobs',
      help: 'Jobs by status, counted in the database at scrape time',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        try {
          const counts = await jobs.countByStatus();
          for (const status of JOB_STATUSES) this.set({ status }, counts[status]);
        } catch (error) {
          // the scrape still answers; the gauge keeps its last values
          logger.warn({ error: (error as Error).message }, 'deployguard_jobs not refreshed');
        }
      },
    });
    if (queueDepths) this.registerQueueGauges(queueDepths, logger);
    // The scheduler has no HTTP port of its own: its runs are recorded in the database (whichever
    // replica led) and counted here at scrape time.
    if (schedulerRuns) {
      new Gauge({
        name: 'deployguard_scheduler_runs',
        help: 'Scheduler runs recorded within the retention period, by cron job and outcome',
        labelNames: ['job', 'outcome'],
        registers: [this.registry],
        async collect() {
          try {
            this.reset();
            for (const r of await schedulerRuns.countByCronAndStatus())
              this.set({ job: r.cron, outcome: r.status }, r.count);
          } catch (error) {
            logger.warn({ error: (error as Error).message }, 'deployguard_scheduler_runs not refreshed');
          }
        },
      });
    }
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Duration of HTTP requests to the API',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
  }

  // Read through the cache (a few seconds): many scrapers do not mean many broker round trips.
  // Without a broker answer the series are dropped rather than left stale.
  private registerQueueGauges(queueDepths: Pick<QueueDepthCache, 'get'>, logger: Logger): void {
    const gauge = (name: string, help: string, field: 'messages' | 'consumers') =>
      new Gauge({
        name,
        help,
        labelNames: ['queue'],
        registers: [this.registry],
        async collect() {
          try {
            const depths = await queueDepths.get();
            for (const [queue, depth] of Object.entries(depths)) this.set({ queue }, depth[field]);
          } catch (error) {
            this.reset();
            logger.warn({ error: (error as Error).message }, `${name} not refreshed`);
          }
        },
      });
    gauge(
      'deployguard_queue_depth',
      'Ready messages per queue (scan, clean, push, retry: all retry queues, dead: dead letters)',
      'messages',
    );
    gauge('deployguard_queue_consumers', 'Consumers per queue', 'consumers');
  }

  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.duration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  async scrape(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([register, this.registry]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }
}

// Metrics of this API process in their own registry, merged with prom-client's default registry
// (process metrics, and whatever else the process registered there) on every scrape. A registry
// per app keeps two apps in one process (tests) from colliding on metric names.
import { collectDefaultMetrics, Gauge, Histogram, register, Registry } from 'prom-client';
import { JOB_STATUSES, type JobRepository } from '@deployguard/persistence';
import type { Logger } from 'pino';

let defaultMetricsStarted = false;

export class ApiMetrics {
  readonly registry = new Registry();
  private readonly duration: Histogram<'method' | 'route' | 'status_code'>;

  constructor(jobs: Pick<JobRepository, 'countByStatus'>, logger: Logger) {
    if (!defaultMetricsStarted && !register.getSingleMetric('process_cpu_user_seconds_total')) {
      collectDefaultMetrics();
      defaultMetricsStarted = true;
    }
    new Gauge({
      name: 'jobs_total',
      help: 'Jobs by status, counted in the database at scrape time',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        try {
          const counts = await jobs.countByStatus();
          for (const status of JOB_STATUSES) this.set({ status }, counts[status]);
        } catch (error) {
          // the scrape still answers; the gauge keeps its last values
          logger.warn({ error: (error as Error).message }, 'jobs_total not refreshed');
        }
      },
    });
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Duration of HTTP requests to the API',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
  }

  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.duration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  async scrape(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([register, this.registry]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }
}

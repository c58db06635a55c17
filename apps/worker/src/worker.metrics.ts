// Prometheus metrics of one worker process, served on WORKER_METRICS_PORT when it is set, merged
// with prom-client's default registry (where other features, e.g. webhook deliveries, register).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Histogram, register, Registry } from 'prom-client';

export class WorkerMetrics {
  readonly registry = new Registry();
  readonly taskDuration = new Histogram({
    name: 'deployguard_task_duration_seconds',
    help: 'Duration of task deliveries by task type and outcome',
    labelNames: ['task', 'outcome'] as const,
    buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
    registers: [this.registry],
  });
  readonly taskRetries = new Counter({
    name: 'deployguard_task_retries_total',
    help: 'Task deliveries that were a retry (attempt > 0) of a failed attempt',
    labelNames: ['task'] as const,
    registers: [this.registry],
  });
  readonly deadLetters = new Counter({
    name: 'deployguard_task_dead_letters_total',
    help: 'Tasks sent to the dead-letter queue',
    labelNames: ['task'] as const,
    registers: [this.registry],
  });
  private server: Server | null = null;

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'deployguard_worker_' });
  }

  scrape(): Promise<string> {
    return Registry.merge([register, this.registry]).metrics();
  }

  // Resolves with the bound port (0 asks the system for a free one).
  async listen(port: number): Promise<number> {
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url !== '/metrics') {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found: GET /metrics\n');
        return;
      }
      this.scrape()
        .then((body) => res.writeHead(200, { 'Content-Type': this.registry.contentType }).end(body))
        .catch(() => res.writeHead(500).end());
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, resolve);
    });
    return (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

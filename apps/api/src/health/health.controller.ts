// Liveness answers as long as the process serves HTTP. Readiness checks each dependency without
// opening new connections: 503 with per-service details when one is down; otherwise 200, with
// status "degraded" and its reasons when a work queue is deep or the API answers many 5xx.
import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator, type HealthIndicatorResult } from '@nestjs/terminus';
import { Public } from '../common/public.decorator';
import { ApiOutageLog } from './api-outage-log';
import { Degradation, type DegradedReason } from './degradation';
import { BrokerHealthIndicator, StorageHealthIndicator } from './readiness.indicators';

const DB_TIMEOUT_MS = 2000;

export interface ReadinessBody {
  status: 'ok' | 'degraded';
  // empty when ok
  reasons: DegradedReason[];
  details: HealthIndicatorResult;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    @Inject(BrokerHealthIndicator) private readonly broker: BrokerHealthIndicator,
    @Inject(StorageHealthIndicator) private readonly storage: StorageHealthIndicator,
    @Inject(Degradation) private readonly degradation: Degradation,
    @Inject(ApiOutageLog) private readonly outages: ApiOutageLog,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary: 'Readiness of the database, the message broker and the object storage',
    description:
      '200 {status: "ok" | "degraded", reasons: [...], details: {database, broker, storage}}; ' +
      '503 {status_code, error, message, details} when a dependency is down',
  })
  async ready(): Promise<ReadinessBody> {
    const [result, reasons] = await Promise.all([
      this.health
        .check([
          () => this.database.pingCheck('database', { timeout: DB_TIMEOUT_MS }),
          () => this.broker.isHealthy('broker'),
          () => this.storage.isHealthy('storage'),
        ])
        .catch((error: unknown) => {
          if (!(error instanceof ServiceUnavailableException)) throw error;
          const details =
            (error.getResponse() as { details?: Record<string, { status: string; message?: string }> })
              .details ?? {};
          this.report(details);
          const down = Object.entries(details)
            .filter(([, d]) => d.status !== 'up')
            .map(([name]) => name);
          throw new ServiceUnavailableException({ message: `not ready: ${down.join(', ')} down`, details });
        }),
      this.degradation.reasons(),
    ]);
    this.report(result.details);
    return { status: reasons.length > 0 ? 'degraded' : 'ok', reasons, details: result.details };
  }

  // A probe every few seconds during an outage: the outage log turns them into one line each way.
  private report(details: Record<string, { status: string; message?: string }>): void {
    for (const [name, d] of Object.entries(details)) {
      if (d.status === 'up') this.outages.up(name);
      else this.outages.down(name, `readiness check failed: ${d.message ?? 'down'}`);
    }
  }
}

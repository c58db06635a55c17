// Liveness answers as long as the process serves HTTP; readiness checks each dependency without
// opening new connections (the broker check reads the state of the process's one connection).
import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { MessagingConnection } from '@deployguard/messaging';
import { ObjectStorage } from '@deployguard/storage';
import { Public } from '../common/public.decorator';

const DB_TIMEOUT_MS = 2000;

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    @Inject(MessagingConnection) private readonly broker: MessagingConnection,
    @Inject(ObjectStorage) private readonly storage: ObjectStorage,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness of the database, the message broker and the object storage' })
  async ready(): Promise<unknown> {
    try {
      const result = await this.health.check([
        () => this.database.pingCheck('database', { timeout: DB_TIMEOUT_MS }),
        () => {
          const check = this.indicators.check('broker');
          return this.broker.isConnected() ? check.up() : check.down({ message: 'not connected' });
        },
        async () => {
          const check = this.indicators.check('storage');
          return (await this.storage.isHealthy())
            ? check.up()
            : check.down({ message: 'bucket not reachable' });
        },
      ]);
      return { status: result.status, details: result.details };
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const details = (error.getResponse() as { details?: Record<string, { status: string }> }).details ?? {};
      const down = Object.entries(details)
        .filter(([, d]) => d.status !== 'up')
        .map(([name]) => name);
      throw new ServiceUnavailableException({ message: `not ready: ${down.join(', ')} down`, details });
    }
  }
}

// The API's OutageLog: refused requests and readiness probes report the database, broker and
// storage down here (one warn line per outage, see @deployguard/logging); the probes below find
// the end of an outage even when no request comes.
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { OutageLog } from '@deployguard/logging';
import { MessagingConnection } from '@deployguard/messaging';
import { ObjectStorage } from '@deployguard/storage';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { API_LOGGER } from '../api.tokens';

@Injectable()
export class ApiOutageLog extends OutageLog implements OnApplicationShutdown {
  constructor(
    @Inject(API_LOGGER) logger: Logger,
    @Inject(DataSource) dataSource: DataSource,
    @Inject(MessagingConnection) connection: MessagingConnection,
    @Inject(ObjectStorage) storage: ObjectStorage,
  ) {
    super(logger.child({ component: 'outages' }), {
      probes: {
        database: () => dataSource.query('SELECT 1').then(() => true),
        broker: async () => connection.isConnected(),
        storage: () => storage.isHealthy(),
      },
    });
  }

  onApplicationShutdown(): void {
    this.close();
  }
}

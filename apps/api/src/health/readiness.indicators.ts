// Terminus indicators for the broker and the object storage. Neither opens a connection of its
// own: the broker check reads the state of the process's one AMQP connection (and the cached
// queue depths), the storage check is one HEAD-bucket request over the client's keep-alive agent,
// shared by concurrent probes.
import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { MessagingConnection, QueueDepthCache, type QueueDepths } from '@deployguard/messaging';
import { ObjectStorage } from '@deployguard/storage';

export type QueueCounts = Record<keyof QueueDepths, number>;

export function queueCounts(depths: QueueDepths): QueueCounts {
  return {
    scan: depths.scan.messages,
    clean: depths.clean.messages,
    push: depths.push.messages,
    retry: depths.retry.messages,
    dead: depths.dead.messages,
  };
}

@Injectable()
export class BrokerHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(MessagingConnection) private readonly connection: MessagingConnection,
    @Inject(QueueDepthCache) private readonly depths: QueueDepthCache,
  ) {}

  async isHealthy<const K extends string>(key: K): Promise<HealthIndicatorResult<K>> {
    const check = this.indicators.check(key);
    if (!this.connection.isConnected()) return check.down({ message: 'not connected' });
    // the depths are extra information: the broker is up even if they cannot be read just now
    const queues = await this.depths.get().then(queueCounts, () => undefined);
    return queues ? check.up({ queues }) : check.up();
  }
}

@Injectable()
export class StorageHealthIndicator {
  private pending: Promise<boolean> | null = null;

  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(ObjectStorage) private readonly storage: ObjectStorage,
  ) {}

  async isHealthy<const K extends string>(key: K): Promise<HealthIndicatorResult<K>> {
    const check = this.indicators.check(key);
    this.pending ??= this.storage.isHealthy().finally(() => (this.pending = null));
    return (await this.pending) ? check.up() : check.down({ message: 'bucket not reachable' });
  }
}

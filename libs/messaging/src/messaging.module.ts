// NestJS wiring for the framework-free messaging core: one MessagingConnection per process, started
// at module init (without waiting: the API must start while the broker is down) and closed last.
import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type FactoryProvider,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { MessagingConnection } from './messaging.connection';
import type { MessagingConfig } from './messaging.types';
import { TaskConsumer, type TaskConsumerOptions } from './task.consumer';
import { TaskPublisher } from './task.publisher';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingModuleOptions {
  config: MessagingConfig;
  consumer?: TaskConsumerOptions; // onDeadLetter / onHardTimeout for workers
}

export interface MessagingModuleAsyncOptions {
  imports?: DynamicModule['imports'];
  inject?: FactoryProvider['inject'];
  useFactory: (...args: never[]) => MessagingModuleOptions | Promise<MessagingModuleOptions>;
}

@Injectable()
export class MessagingLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(MessagingConnection) private readonly connection: MessagingConnection,
    @Inject(TaskPublisher) private readonly publisher: TaskPublisher,
    @Inject(TaskConsumer) private readonly consumer: TaskConsumer,
  ) {}

  onModuleInit(): void {
    this.connection.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer.close();
    await this.publisher.close();
    await this.connection.close();
  }
}

@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return MessagingModule.build([{ provide: MESSAGING_OPTIONS, useValue: options }]);
  }

  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return MessagingModule.build(
      [{ provide: MESSAGING_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] }],
      options.imports,
    );
  }

  private static build(
    optionProviders: DynamicModule['providers'],
    imports: DynamicModule['imports'] = [],
  ): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports,
      providers: [
        ...(optionProviders ?? []),
        {
          provide: MessagingConnection,
          useFactory: (o: MessagingModuleOptions) => new MessagingConnection(o.config),
          inject: [MESSAGING_OPTIONS],
        },
        {
          provide: TaskPublisher,
          useFactory: (c: MessagingConnection) => new TaskPublisher(c),
          inject: [MessagingConnection],
        },
        {
          provide: TaskConsumer,
          useFactory: (c: MessagingConnection, o: MessagingModuleOptions) => new TaskConsumer(c, o.consumer),
          inject: [MessagingConnection, MESSAGING_OPTIONS],
        },
        MessagingLifecycle,
      ],
      exports: [MessagingConnection, TaskPublisher, TaskConsumer],
    };
  }
}

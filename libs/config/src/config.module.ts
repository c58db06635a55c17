// NestJS wiring of the configuration. Bootstraps should call loadConfigOrExit() first and pass the
// result, so a bad value stops the process with a plain message instead of a Nest stack trace.
import { DynamicModule, Global, Module } from '@nestjs/common';
import { loadConfig } from './config.loader';
import { APP_CONFIG } from './config.tokens';
import type { AppConfig } from './config.types';

export interface ConfigModuleOptions {
  readonly config?: AppConfig;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

@Global()
@Module({})
export class ConfigModule {
  static forRoot(options: ConfigModuleOptions = {}): DynamicModule {
    const provider = options.config
      ? { provide: APP_CONFIG, useValue: options.config }
      : { provide: APP_CONFIG, useFactory: () => loadConfig(options.env) };
    return { module: ConfigModule, global: true, providers: [provider], exports: [APP_CONFIG] };
  }
}

// Registered repositories, scan runs and the scheduler endpoints (SPEC §7). Persistence, the
// broker and the configuration come from the API's global modules.
import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { storageProvider } from '../storage.provider';
import { RepositoriesController } from './repositories.controller';
import { REPOSITORIES_LOGGER, repositoriesProviders } from './repositories.providers';
import { SchedulerController } from './scheduler.controller';

@Module({})
export class RepositoriesModule {
  static forRoot(options: { logger: Logger }): DynamicModule {
    return {
      module: RepositoriesModule,
      controllers: [RepositoriesController, SchedulerController],
      providers: [
        { provide: REPOSITORIES_LOGGER, useValue: options.logger.child({ component: 'repositories' }) },
        storageProvider,
        ...repositoriesProviders,
      ],
    };
  }
}

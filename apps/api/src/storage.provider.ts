import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@deployguard/config';
import { createObjectStorage, ObjectStorage } from '@deployguard/storage';

export const storageProvider: Provider = {
  provide: ObjectStorage,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => createObjectStorage(config),
};

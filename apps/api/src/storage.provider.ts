import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@deployguard/config';
import { ObjectStorage } from '@deployguard/storage';

// S3_ENDPOINT unset (development): the local s3rver that scripts/s3-dev-server.js starts.
export function storageEndpoint(config: AppConfig): string {
  const { endpoint, port, useSsl } = config.s3;
  return `${useSsl ? 'https' : 'http'}://${endpoint ?? '127.0.0.1'}:${port}`;
}

export const storageProvider: Provider = {
  provide: ObjectStorage,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    new ObjectStorage({
      endpoint: storageEndpoint(config),
      accessKey: config.s3.accessKey,
      secretKey: config.s3.secretKey,
      bucket: config.s3.bucket,
      region: config.s3.region,
    }),
};

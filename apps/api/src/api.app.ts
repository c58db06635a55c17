// Builds the API application from a validated config: used by main.ts and by the tests.
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@deployguard/config';
import type { DestinationStream } from 'pino';
import { createServiceLogger } from '@deployguard/logging';
import { ApiModule } from './api.module';
import { HttpErrorRate } from './health/http-error-rate';
import { bodyErrorHandler, jsonBodyParser, objectBodyOnly } from './common/body-parser.middleware';
import { PinoNestLogger } from './common/pino-nest.logger';
import { requestLogMiddleware } from './common/request-log.middleware';
import { ApiMetrics } from './metrics/api-metrics';
import { defaultPanelDir, servePanel } from './web/panel.static';

export const API_PREFIX = 'api/v2';

export interface ApiAppOptions {
  queuePrefix?: string;
  // where the JSON log lines go (default stdout); tests capture them
  logDestination?: DestinationStream;
  // the built review panel (default: dist/web of this checkout)
  panelDir?: string;
}

export async function createApiApp(
  config: AppConfig,
  options: ApiAppOptions = {},
): Promise<NestExpressApplication> {
  const logger = createServiceLogger(config, 'api', options.logDestination);
  const app = await NestFactory.create<NestExpressApplication>(
    ApiModule.forRoot(config, { logger, queuePrefix: options.queuePrefix }),
    { bodyParser: false, logger: new PinoNestLogger(logger), abortOnError: false },
  );
  app.disable('x-powered-by');
  app.setGlobalPrefix(API_PREFIX);
  app.use(requestLogMiddleware(logger, app.get(ApiMetrics), app.get(HttpErrorRate)));
  app.use(jsonBodyParser, bodyErrorHandler, objectBodyOnly);
  servePanel(app, options.panelDir ?? defaultPanelDir(), logger);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('DeployGuard API')
      .setDescription(
        'Find and remove leaked secrets in git repositories. Every /jobs route needs X-User-ID.',
      )
      .setVersion('2')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
  await app.init();
  return app;
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { serveAsyncApiDocument } from './asyncapi-route';
import { ProblemDetailsFilter } from './problem.filter';
import { configureRequestInput } from './request-input';
import { secureHttpApp } from './security';
import { createValidationPipe } from './validation';

/**
 * What every HTTP application of the platform shares, embedded or one service alone: JSON logs,
 * the validation pipe, problem+json errors, graceful shutdown, OpenAPI at /api/docs.
 */
export function configureHttpApp(app: NestExpressApplication, options: { title: string; description: string }): void {
  // First: security headers and the /metrics and /api/docs gates run before anything else (ADR 14).
  secureHttpApp(app);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  configureRequestInput(app);
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.set('trust proxy', 'loopback');
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('0.1.0').addBearerAuth().build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  serveAsyncApiDocument(app);
}

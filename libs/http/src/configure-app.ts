import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { serveAsyncApiDocument } from './asyncapi-route';
import { buildOpenApiDocument } from './openapi/document';
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
  const document = buildOpenApiDocument(app, options);
  documents.set(app, document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  serveAsyncApiDocument(app);
}

const documents = new WeakMap<NestExpressApplication, OpenAPIObject>();

/** The OpenAPI document an application serves at /api/docs-json (for the tests that check answers against it). */
export function openApiDocumentOf(app: NestExpressApplication): OpenAPIObject {
  const document = documents.get(app);
  if (!document) throw new Error('no OpenAPI document: the application was not set up with configureHttpApp');
  return document;
}

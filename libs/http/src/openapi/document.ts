import type { INestApplication, Type } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ProblemView } from './problem.schema';
import { finishDocument } from './post-process';
import { markRouteFacts } from './route-facts';

/**
 * OpenAPI 3.0.3, not 3.1 (ADR 18): @nestjs/swagger 11 writes its schemas the 3.0 way (`nullable`,
 * boolean `exclusiveMinimum`) whatever version the document announces.
 */
export const OPENAPI_VERSION = '3.0.3';
export const BEARER_SCHEME = 'bearer';
const EUPL_URL = 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12';

export interface OpenApiDocumentOptions {
  title: string;
  description: string;
  version?: string;
}

/**
 * The OpenAPI document of an application, as served at /api/docs-json and linted in CI: what
 * SwaggerModule reads from the decorators, then the statuses, headers and schema rules the global
 * guard, pipe and interceptors add to every route (post-process.ts).
 */
export function buildOpenApiDocument(app: INestApplication, options: OpenApiDocumentOptions): OpenAPIObject {
  const requestClasses = markRouteFacts(app);
  const config = new DocumentBuilder()
    .setOpenAPIVersion(OPENAPI_VERSION)
    .setTitle(options.title)
    .setDescription(options.description)
    .setVersion(options.version ?? '0.1.0')
    .setLicense('EUPL-1.2', EUPL_URL)
    .addServer('/', 'The server this document was read from')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token of the identity provider (in development: POST /api/dev/token)' },
      BEARER_SCHEME,
    )
    .addSecurityRequirements(BEARER_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemView as Type<unknown>] });
  return finishDocument(document, requestClasses);
}

import { createHash, timingSafeEqual } from 'node:crypto';
import { UnauthorizedException, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AuthenticationError, Authenticator } from '@hpc-access/auth';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { toProblem } from './problem.filter';

/** Paths of the OpenAPI document and its UI (SwaggerModule.setup in configure-app.ts), and the AsyncAPI document. */
const DOCS_PATHS = ['/api/docs', '/api/docs-json', '/api/asyncapi.json'];

export interface HttpSecurityOptions {
  /** When set, `/metrics` wants `Authorization: Bearer <it>` (Prometheus' `authorization` setting). */
  metricsToken?: string;
  /** `/api/docs` and `/api/docs-json` want a valid bearer token, as the API does. */
  docsRequireAuth: boolean;
}

/** `METRICS_TOKEN` and `DOCS_REQUIRE_AUTH` (`true`/`1`/`yes`). */
export function httpSecurityOptionsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): HttpSecurityOptions {
  const options: HttpSecurityOptions = { docsRequireAuth: ['1', 'true', 'yes'].includes((env['DOCS_REQUIRE_AUTH'] ?? '').toLowerCase()) };
  const token = env['METRICS_TOKEN'];
  if (token !== undefined && token !== '') {
    if (token.length < 16) throw new Error('METRICS_TOKEN must be at least 16 characters: it is the only thing between the metrics and anyone');
    options.metricsToken = token;
  }
  return options;
}

/**
 * What every HTTP application sets before its routes (ADR 14): no `X-Powered-By`, helmet's
 * headers (`nosniff`, a CSP the docs UI works under, ...), `Cache-Control: no-store` on everything
 * but the docs UI, and, when configured, a token in front of `/metrics` and `/api/docs`. Called
 * before any route or body parser is registered, so even their errors carry the headers.
 */
export function secureHttpApp(app: NestExpressApplication, options: HttpSecurityOptions = httpSecurityOptionsFromEnv()): void {
  app.disable('x-powered-by');
  // The embedded platform is often reached over plain HTTP on a LAN address: the CSP's
  // upgrade-insecure-requests would send its pages' own scripts to an https:// that is not there.
  // HSTS stays: browsers honour it only when it arrives over HTTPS.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    // API answers name people and change with every event: no cache keeps them. A route that
    // wants otherwise sets its own Cache-Control after this.
    if (!DOCS_PATHS.some((path) => request.path.startsWith(path))) response.setHeader('Cache-Control', 'no-store');
    next();
  });
  const { metricsToken } = options;
  if (metricsToken) {
    app.use('/metrics', (request: Request, response: Response, next: NextFunction) => {
      if (sameSecret(bearerOf(request), metricsToken)) return next();
      refuse(request, response, new UnauthorizedException('/metrics wants the metrics bearer token (METRICS_TOKEN)'));
    });
  }
  if (options.docsRequireAuth) {
    const authenticator = authenticatorOf(app);
    for (const path of DOCS_PATHS) {
      app.use(path, (request: Request, response: Response, next: NextFunction) => {
        authenticator.authenticate(request.headers.authorization).then(
          () => next(),
          (error: unknown) => {
            if (!(error instanceof AuthenticationError)) return next(error);
            response.setHeader('WWW-Authenticate', error.challenge);
            refuse(request, response, new UnauthorizedException(`the API documentation wants a bearer token (DOCS_REQUIRE_AUTH): ${error.message}`));
          },
        );
      });
    }
  }
}

function authenticatorOf(app: INestApplication): Authenticator {
  try {
    return app.get(Authenticator, { strict: false });
  } catch {
    throw new Error('DOCS_REQUIRE_AUTH needs the application to authenticate (AuthModule)');
  }
}

/** A 401 as every other error: problem+json, with a bearer challenge. */
function refuse(request: Request, response: Response, error: UnauthorizedException): void {
  if (!response.hasHeader('WWW-Authenticate')) response.setHeader('WWW-Authenticate', 'Bearer');
  const body = { ...toProblem(error), instance: request.originalUrl };
  response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

function bearerOf(request: Request): string {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? '';
}

/** Compares digests, so the time taken says nothing about how much of the token matched. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return given.length > 0 && timingSafeEqual(digest(given), digest(expected));
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import { buildAsyncApiDocument } from '@hpc-access/contracts';
import type { Express, Request, Response } from 'express';

/** Beside the OpenAPI document, under the same access rule (security.ts, DOCS_REQUIRE_AUTH). */
export const ASYNCAPI_PATH = '/api/asyncapi.json';

/**
 * Serves the AsyncAPI document of the integration events (ADR 19). Built on the first request,
 * not at start-up: it is the same for the life of the process, and most never get asked.
 */
export function serveAsyncApiDocument(app: NestExpressApplication): void {
  let body: string | undefined;
  (app.getHttpAdapter().getInstance() as Express).get(ASYNCAPI_PATH, (_request: Request, response: Response) => {
    body ??= JSON.stringify(buildAsyncApiDocument());
    response.type('application/json').send(body);
  });
}

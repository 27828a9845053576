import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ConcurrencyError, DomainError, StaleRevisionError } from '@hpc-access/eventsourcing';
import { isStorageFull, isWritesRefused } from '@hpc-access/sql';
import type { Response, Request } from 'express';
import { PROBLEM_CONTENT_TYPE, ProblemException, problem, type ProblemDetails } from './problem';

/** When to try a write again once storage was full: an operator has to free space first. */
const STORAGE_FULL_RETRY_AFTER_S = 60;

const DOMAIN_STATUS: Record<DomainError['kind'], number> = { not_found: 404, conflict: 409, invalid: 422, forbidden: 403 };

/** Maps every error to application/problem+json, once, at the edge (STYLE.md point 6). */
export function toProblem(error: unknown): ProblemDetails {
  if (error instanceof ProblemException) return error.problem;
  if (error instanceof DomainError) {
    const fields = error.field ? [{ field: error.field, reason: error.message }] : undefined;
    return problem(DOMAIN_STATUS[error.kind], error.code, titleFor(DOMAIN_STATUS[error.kind]), error.message, fields);
  }
  if (error instanceof StaleRevisionError) {
    return problem(412, 'stale-revision', 'The resource has changed', `If-Match revision ${String(error.expected)} is stale; current revision is ${error.actual ?? 'none'}`, [{ field: 'If-Match', reason: 'stale revision' }]);
  }
  if (error instanceof ConcurrencyError) {
    return problem(409, 'concurrent-modification', 'Conflicting concurrent change', 'Another change was made at the same time; read the resource again and retry');
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const message = typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? error.message);
    return problem(status, codeFor(status), titleFor(status), message);
  }
  // An altered history (ADR 28) refuses every event append of the process: nothing was changed.
  if (isWritesRefused(error)) return problem(503, 'history-altered', 'Unavailable', `Writes are refused: the event history does not match the signed audit ledger (${error.reason})`);
  if (isStorageFull(error)) return problem(503, 'storage-full', 'Unavailable', `The storage is full, so nothing was changed; retry in ${STORAGE_FULL_RETRY_AFTER_S} s`);
  const client = clientHttpError(error);
  if (client) return problem(client.status, codeFor(client.status), titleFor(client.status), client.message);
  return problem(500, 'internal-error', 'Internal error', 'The request could not be completed; it has been logged');
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request>();
    const body = { ...toProblem(error), instance: request.originalUrl };
    if (body.status >= 500) this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
    // The guard's challenge says why a token was refused; only add a bare one when it set none.
    if (body.status === 401 && !response.hasHeader('WWW-Authenticate')) response.setHeader('WWW-Authenticate', 'Bearer');
    if (body.code === 'storage-full') response.setHeader('Retry-After', String(STORAGE_FULL_RETRY_AFTER_S));
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }
}

/**
 * Errors of Express and its middleware (http-errors: body-parser, raw-body, the router) carry the
 * 4xx status they mean; they are the client's fault, not an internal error.
 */
function clientHttpError(error: unknown): { status: number; message: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const { status, statusCode, expose } = error as Error & { status?: unknown; statusCode?: unknown; expose?: unknown };
  const code = typeof status === 'number' ? status : statusCode;
  if (typeof code !== 'number' || code < 400 || code > 499 || expose === false) return undefined;
  return { status: code, message: error.message };
}

function titleFor(status: number): string {
  const titles: Record<number, string> = {
    400: 'The request is not valid', 401: 'Authentication required', 403: 'Not allowed', 404: 'Not found',
    405: 'Method not allowed', 409: 'Conflict', 412: 'Precondition failed', 413: 'Payload too large', 415: 'Unsupported media type',
    422: 'The request cannot be carried out', 428: 'Precondition required', 429: 'Too many requests', 500: 'Internal error', 502: 'Bad gateway', 503: 'Unavailable',
  };
  return titles[status] ?? 'Error';
}

function codeFor(status: number): string {
  return titleFor(status).toLowerCase().replace(/[^a-z]+/g, '-').replace(/-$/, '');
}

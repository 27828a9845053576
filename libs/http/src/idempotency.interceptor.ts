import { createHash } from 'node:crypto';
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { canonicalJson } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/eventstore-postgres';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { requestAuthOf } from '@hpc-access/auth';
import { ProblemException, badRequest, problem } from './problem';

const REPLAYED_HEADERS = ['location', 'etag'];

/** Where a module keeps its idempotency keys: provide it beside @UseInterceptors(IdempotencyInterceptor). */
export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');

export interface IdempotencyStoreOptions {
  db: Sql;
  schema: string;
}

/** Who the key belongs to: one user's keys never collide with another's. */
function scopeOf(request: Request): string {
  const userId = requestAuthOf(request)?.identity.userId ?? 'anonymous';
  return `${userId} ${request.method} ${request.baseUrl}${request.path}`;
}

/**
 * Idempotency-Key on creating POSTs: the first request with a key runs and its answer is kept;
 * a repeat with the same body gets the same answer without a second effect; a repeat with a
 * different body is refused. A failed request frees its key, since it changed nothing.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(IDEMPOTENCY_STORE) private readonly options: IdempotencyStoreOptions) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.header('idempotency-key');
    if (request.method !== 'POST' || key === undefined) return next.handle();
    return from(this.run(request, response, key, next));
  }

  private async run(request: Request, response: Response, key: string, next: CallHandler): Promise<unknown> {
    if (key.length < 1 || key.length > 200) throw badRequest('Idempotency-Key', 'must be 1 to 200 characters');
    const { db, schema } = this.options;
    const scope = scopeOf(request);
    const requestHash = createHash('sha256').update(canonicalJson(request.body ?? null)).digest('hex');
    const inserted = await db.query(
      `INSERT INTO ${schema}.idempotency_keys (scope, key, request_hash, state) VALUES ($1, $2, $3, 'pending')
       ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
      [scope, key, requestHash],
    );
    if (inserted.rows.length === 0) return this.replay(scope, key, requestHash, response);
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const headers = Object.fromEntries(
        REPLAYED_HEADERS.map((h) => [h, response.getHeader(h)]).filter(([, v]) => v !== undefined),
      );
      await db.query(
        `UPDATE ${schema}.idempotency_keys SET state = 'completed', status = $3, headers = $4, body = $5 WHERE scope = $1 AND key = $2`,
        [scope, key, response.statusCode, JSON.stringify(headers), JSON.stringify(body ?? null)],
      );
      return body;
    } catch (error) {
      await db.query(`DELETE FROM ${schema}.idempotency_keys WHERE scope = $1 AND key = $2`, [scope, key]);
      throw error;
    }
  }

  private async replay(scope: string, key: string, requestHash: string, response: Response): Promise<unknown> {
    const { rows } = await this.options.db.query<{ request_hash: string; state: string; status: number; headers: Record<string, string>; body: unknown }>(
      `SELECT request_hash, state, status, headers, body FROM ${this.options.schema}.idempotency_keys WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    const stored = rows[0];
    if (!stored || stored.state === 'pending') {
      throw new ProblemException(problem(409, 'idempotent-request-in-progress', 'Conflict', 'A request with this Idempotency-Key is still being processed'));
    }
    if (stored.request_hash !== requestHash) {
      throw new ProblemException(problem(422, 'idempotency-key-reused', 'The request cannot be carried out', 'This Idempotency-Key was used with a different request body', [{ field: 'Idempotency-Key', reason: 'already used for a different request' }]));
    }
    for (const [name, value] of Object.entries(stored.headers ?? {})) response.setHeader(name, value);
    response.setHeader('Idempotent-Replayed', 'true');
    response.status(stored.status);
    return stored.body;
  }
}

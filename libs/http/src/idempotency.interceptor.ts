import { createHash, randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { canonicalJson, PersonalDataCipher, type PersonalDataRule } from '@hpc-access/eventsourcing';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { requestAuthOf } from '@hpc-access/auth';
import { ProblemException, badRequest, problem } from './problem';
import { IDEMPOTENCY_STORE, IdempotencyTable, durationFromEnv, type IdempotencyStoreOptions, type StoredAnswer } from './idempotency-store';

export { IDEMPOTENCY_STORE, type IdempotencyStoreOptions } from './idempotency-store';

const REPLAYED_HEADERS = ['location', 'etag'];
const ANSWER = 'answer';
const PERSONAL_DATA_IN_ANSWER = 'hpc-access:personal-data-in-answer';
const HOUR = 3_600_000;
/** Expired answers are deleted at most this often (and on a keyed request once this has passed). */
const PURGE_EVERY_MS = 10 * 60_000;

/**
 * Marks where a route's answer holds personal data (paths as in a PersonalDataPolicy): the
 * idempotency store keeps those fields sealed under each person's key, never in clear (ADR 16).
 */
export const PersonalDataInAnswer = (rules: PersonalDataRule[]) => SetMetadata(PERSONAL_DATA_IN_ANSWER, rules);

/**
 * Who the key belongs to and what it was sent to: user, method and the whole URL with its query
 * string. Hashed, so that the table keeps no user id and a long URL fits the primary key.
 */
function scopeOf(request: Request): string {
  const userId = requestAuthOf(request)?.identity.userId ?? 'anonymous';
  return createHash('sha256').update(`${userId}\n${request.method}\n${request.originalUrl}`).digest('hex');
}

/**
 * Idempotency-Key on creating POSTs: the first request with a key runs and its answer is kept;
 * a repeat with the same body gets the same answer without a second effect; a repeat with a
 * different body is refused. A failed request frees its key, since it changed nothing. Answers
 * expire (24 h by default); a key held by a process that died is taken over once its lease ran
 * out, and the request runs again (ADR 16).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, OnModuleDestroy {
  private readonly logger = new Logger('idempotency');
  private readonly table: IdempotencyTable;
  private readonly ttlMs: number;
  private readonly leaseMs: number;
  private readonly now: () => number;
  private readonly purgeTimer: NodeJS.Timeout;
  private lastPurge = 0;

  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly options: IdempotencyStoreOptions,
    private readonly reflector: Reflector,
  ) {
    this.table = new IdempotencyTable(options.db, options.schema);
    this.ttlMs = options.ttlMs ?? durationFromEnv('IDEMPOTENCY_KEY_TTL_HOURS', HOUR, 24 * HOUR);
    this.leaseMs = options.leaseMs ?? durationFromEnv('IDEMPOTENCY_PENDING_LEASE_SECONDS', 1000, 30_000);
    this.now = options.now ?? Date.now;
    // Expired answers go even when no keyed request comes; the timer never keeps the process alive.
    this.purgeTimer = setInterval(() => void this.purge(), Math.min(PURGE_EVERY_MS, this.ttlMs)).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.purgeTimer);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.header('idempotency-key');
    if (request.method !== 'POST' || key === undefined) return next.handle();
    const sealer = this.sealerFor(context);
    return from(this.run(request, response, key, next, sealer));
  }

  /** Deletes the expired answers; a failure is logged and tried again at the next turn. */
  async purge(): Promise<void> {
    const now = this.now();
    this.lastPurge = now;
    try {
      await this.table.purge(new Date(now - this.ttlMs), new Date(now));
    } catch (error) {
      this.logger.warn(`expired idempotency keys not deleted: ${(error as Error).message}`);
    }
  }

  private sealerFor(context: ExecutionContext): PersonalDataCipher | null {
    const rules = this.reflector.get<PersonalDataRule[] | undefined>(PERSONAL_DATA_IN_ANSWER, context.getHandler());
    if (!rules) return null;
    // Fail closed: without the keys the answer could only be kept in clear.
    if (!this.options.keys) throw new Error(`${context.getClass().name}.${context.getHandler().name}: personal data in the answer, but no keys in IDEMPOTENCY_STORE`);
    return new PersonalDataCipher(this.options.keys, { [ANSWER]: rules });
  }

  private async run(request: Request, response: Response, key: string, next: CallHandler, sealer: PersonalDataCipher | null): Promise<unknown> {
    if (key.length < 1 || key.length > 200) throw badRequest('Idempotency-Key', 'must be 1 to 200 characters');
    const scope = scopeOf(request);
    const requestHash = createHash('sha256').update(canonicalJson(request.body ?? null)).digest('hex');
    const now = this.now();
    if (now - this.lastPurge >= PURGE_EVERY_MS) await this.purge();
    const owner = randomUUID();
    const claimed = await this.table.claim(scope, key, requestHash, owner, new Date(now), new Date(now + this.leaseMs), new Date(now - this.ttlMs));
    if (!claimed) return this.replay(scope, key, requestHash, response, sealer);
    // While the request runs its process keeps the key; once it stops renewing, a retry may take it.
    const renewal = setInterval(() => {
      this.table.renew(scope, key, owner, new Date(this.now() + this.leaseMs)).catch((error: Error) => this.logger.warn(`idempotency lease not renewed: ${error.message}`));
    }, Math.max(1, Math.floor(this.leaseMs / 3))).unref();
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      clearInterval(renewal);
      const headers = Object.fromEntries(
        REPLAYED_HEADERS.map((h) => [h, response.getHeader(h)]).filter(([, v]) => v !== undefined),
      ) as Record<string, string>;
      const stored = sealer ? await sealer.encrypt(ANSWER, body ?? null) : body;
      await this.table.complete(scope, key, owner, response.statusCode, headers, stored);
      return body;
    } catch (error) {
      clearInterval(renewal);
      await this.table.release(scope, key, owner);
      throw error;
    }
  }

  private async replay(scope: string, key: string, requestHash: string, response: Response, sealer: PersonalDataCipher | null): Promise<unknown> {
    const stored = await this.table.find(scope, key);
    if (stored && stored.request_hash !== requestHash) {
      throw new ProblemException(problem(422, 'idempotency-key-reused', 'The request cannot be carried out', 'This Idempotency-Key was used with a different request body', [{ field: 'Idempotency-Key', reason: 'already used for a different request' }]));
    }
    if (!stored || stored.state === 'pending') throw this.inProgress(stored, response);
    for (const [name, value] of Object.entries(stored.headers ?? {})) response.setHeader(name, value);
    response.setHeader('Idempotent-Replayed', 'true');
    response.status(stored.status ?? 200);
    // An erased person's fields read as erased: their key is gone.
    return sealer ? sealer.decrypt(ANSWER, stored.body) : stored.body;
  }

  /** 409 with the seconds until the holder's lease runs out: a retry then runs if the holder died. */
  private inProgress(stored: StoredAnswer | undefined, response: Response): ProblemException {
    const leaseEnd = stored?.lease_until ? new Date(stored.lease_until).getTime() : this.now() + this.leaseMs;
    response.setHeader('Retry-After', String(Math.max(1, Math.ceil((leaseEnd - this.now()) / 1000))));
    return new ProblemException(problem(409, 'idempotent-request-in-progress', 'Conflict', 'A request with this Idempotency-Key is still being processed; retry after the seconds in Retry-After', [{ field: 'Idempotency-Key', reason: 'a request with this key is still running' }]));
  }
}

import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ProblemException, problem } from '@hpc-access/http';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { LedgerIntegrity } from './ledger-integrity';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global (APP_INTERCEPTOR): once the start-up check found the history altered, every request
 * that could write is refused with 503 before it reaches a command; reads go on, so auditors can
 * look at what happened. In embedded mode this covers every service of the process.
 */
@Injectable()
export class RefuseWritesInterceptor implements NestInterceptor {
  constructor(private readonly integrity: LedgerIntegrity) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reason = this.integrity.altered;
    if (reason && context.getType() === 'http' && !SAFE.has(context.switchToHttp().getRequest<Request>().method)) {
      throw new ProblemException(problem(503, 'history-altered', 'Unavailable', `Writes are refused: the event history does not match the signed audit ledger (${reason})`));
    }
    return next.handle();
  }
}

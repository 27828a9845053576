import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC_KEY } from '@hpc-access/auth';
import { ProblemException, problem } from '@hpc-access/http';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { LedgerIntegrity } from './ledger-integrity';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global (APP_INTERCEPTOR): while a check runs (503 history-check-running, Retry-After), and
 * once the start-up check found the history altered, every request
 * that could write is refused with 503 before it reaches a command; reads go on, so auditors can
 * look at what happened. In embedded mode this covers every service of the process. Public
 * routes (the development identity provider's token, health) record no events and stay open.
 */
@Injectable()
export class RefuseWritesInterceptor implements NestInterceptor {
  constructor(private readonly integrity: LedgerIntegrity, private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reason = this.integrity.altered;
    const checking = this.integrity.checking;
    if (!reason && !checking) return next.handle();
    const open = () => this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()]) === true;
    if (context.getType() !== 'http' || SAFE.has(context.switchToHttp().getRequest<Request>().method) || open()) return next.handle();
    if (reason) throw new ProblemException(problem(503, 'history-altered', 'Unavailable', `Writes are refused: the event history does not match the signed audit ledger (${reason})`));
    // A check running (a re-check while serving; at start the server does not listen yet): try again shortly.
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', '1');
    throw new ProblemException(problem(503, 'history-check-running', 'Unavailable', 'Writes wait: the event history is being checked against the newest signed audit checkpoint'));
  }
}

import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, switchMap, type Observable } from 'rxjs';
import { readJsonBody } from './json-body';
import { refuseUnsafeJson } from './json-inspection';
import { hasBody } from './request-stream';

/** Reads a request's body into what `@Body()` gives the handler; throws a ProblemException to refuse it. */
export type BodyReader = (request: Request) => Promise<unknown>;

const BODY_READER = 'hpc-access:body-reader';

/** A route whose body is read another way than as JSON of at most 1 MiB (an upload, a text file). */
export const ReadBodyWith = (reader: BodyReader): MethodDecorator => SetMetadata(BODY_READER, reader);

/**
 * Bodies are read here, after the guards: a request without a valid token or role is refused before
 * a byte of its body is read, and nothing is parsed for it. Applications therefore run without
 * NestJS' body parser (`bodyParser: false`). Runs before every route's own interceptors, so that
 * Idempotency-Key compares the body as read.
 */
@Injectable()
export class RequestBodyInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const reader = this.reflector.get<BodyReader | undefined>(BODY_READER, context.getHandler());
    return from(this.read(request, reader)).pipe(switchMap(() => next.handle()));
  }

  private async read(request: Request, reader: BodyReader | undefined): Promise<void> {
    // Read already (a route's own middleware, such as the token endpoint's): only inspected.
    if (request.body !== undefined) {
      refuseUnsafeJson(request.body);
      return;
    }
    if (!hasBody(request)) return;
    request.body = reader ? await reader(request) : await readJsonBody(request);
  }
}

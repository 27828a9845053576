import { HttpCode, Post, UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { Roles, type Role } from '@hpc-access/auth';
import { ApiProblems, IdempotencyInterceptor, type ProblemStatus, ETAG_HEADER } from '@hpc-access/http';
import { EthicsCaseView } from './case-view';
import { CASE_ID_PATTERN } from './case-id.pipe';

/**
 * What every command on a case declares: POST, 200 with the case as the caller may now see it,
 * its role, Idempotency-Key, If-Match, and the refusals every such command can answer (no such
 * case, a closed case or one not ready for it, a stale If-Match); `more` adds the route's own.
 */
export function CaseCommandRoute(path: string, role: Role, operationId: string, summary: string, ...more: Array<number | ProblemStatus>): MethodDecorator {
  return applyDecorators(
    Post(path),
    HttpCode(200),
    Roles(role),
    UseInterceptors(IdempotencyInterceptor),
    ApiOperation({ operationId, summary }),
    ApiParam({ name: 'id', schema: { type: 'string', pattern: CASE_ID_PATTERN.source }, description: "The case id (the application's id)" }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the case changed since' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: same answer, one effect' }),
    ApiOkResponse({ type: EthicsCaseView, description: 'The case as the caller may now see it', headers: ETAG_HEADER }),
    ApiProblems(
      { status: 404, description: 'No such case' },
      { status: 409, description: 'The case is closed or not ready for this, a concurrent change won, or a request with this Idempotency-Key is still running' },
      412,
      ...more,
    ),
  );
}

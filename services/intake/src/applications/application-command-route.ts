import { HttpCode, Post, applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { Roles, type Role } from '@hpc-access/auth';
import { ApiProblems, type ProblemStatus, ETAG_HEADER } from '@hpc-access/http';
import { ApplicationView } from './application-view';

/**
 * What every command on an existing application declares: POST, 200 with the application as it
 * now stands, its role, If-Match, and the refusals every such command can answer (no such
 * application, a state that does not allow it, a stale If-Match); `more` adds the route's own
 * (422 where a rule of its decision can refuse it).
 */
export function ApplicationCommandRoute(path: string, role: Role, operationId: string, summary: string, ...more: Array<number | ProblemStatus>): MethodDecorator {
  return applyDecorators(
    Post(path),
    HttpCode(200),
    Roles(role),
    ApiOperation({ operationId, summary }),
    ApiParam({ name: 'id', format: 'uuid', description: 'The application id' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the application changed since' }),
    ApiOkResponse({ type: ApplicationView, description: 'The application as it now stands', headers: ETAG_HEADER }),
    ApiProblems(
      { status: 404, description: 'No such application' },
      { status: 409, description: 'The application is not in a state that allows this, or a concurrent change won' },
      412,
      ...more,
    ),
  );
}

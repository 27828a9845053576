import { Get, Put, applyDecorators, type Type } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Roles, type Role } from '@hpc-access/auth';
import { ApiProblems, ETAG_HEADER } from '@hpc-access/http';

/** What a configuration route says of itself; its roles stay in the service's controller, in sight. */
export interface ConfigurationRoute {
  operationId: string;
  summary: string;
  roles: readonly Role[];
  /** The answer's schema: the service's view of its configuration. */
  view: Type<unknown>;
  description?: string;
  /** Document the 404 of a configuration not seeded yet (only while the service starts). */
  notSeeded?: boolean;
}

export interface ChangeConfigurationRoute extends ConfigurationRoute {
  /** When the service answers 409 (a concurrent change, or the same configuration again). */
  conflict: string;
  /** What the service's validation refuses with 422. */
  unprocessable: string;
  /** What If-Match guards, in the header's description: `configuration` unless the service says otherwise. */
  subject?: string;
}

const NOT_SEEDED = { status: 404, description: 'The configuration has not been seeded yet (only while the service starts)' };

function answer(route: ConfigurationRoute) {
  return ApiOkResponse({ type: route.view, headers: ETAG_HEADER, ...(route.description === undefined ? {} : { description: route.description }) });
}

/** GET of the configuration in force; the route sets the ETag to the stream's revision. */
export function GetConfiguration(route: ConfigurationRoute): MethodDecorator {
  return applyDecorators(
    Get(),
    Roles(...route.roles),
    ApiOperation({ operationId: route.operationId, summary: route.summary }),
    answer(route),
    ...(route.notSeeded ? [ApiProblems(NOT_SEEDED)] : []),
  );
}

/** PUT replacing the whole configuration under If-Match (412 when the stream moved on). */
export function ChangeConfiguration(route: ChangeConfigurationRoute): MethodDecorator {
  return applyDecorators(
    Put(),
    Roles(...route.roles),
    ApiOperation({ operationId: route.operationId, summary: route.summary }),
    ApiHeader({ name: 'If-Match', required: false, description: `The ETag last read; 412 if the ${route.subject ?? 'configuration'} changed since` }),
    answer(route),
    ApiProblems(...(route.notSeeded ? [NOT_SEEDED] : []), { status: 409, description: route.conflict }, 412, { status: 422, description: route.unprocessable }),
  );
}

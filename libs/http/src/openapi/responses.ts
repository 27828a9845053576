import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../problem';
import { ProblemView } from './problem.schema';

/** What each status means when an operation declares it without its own description. */
export const PROBLEM_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'The request is not valid: the fields at fault are listed in `errors`',
  401: 'No valid bearer token',
  403: 'The caller may not do this (role or scope)',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'None of the accepted media types can be produced',
  409: 'Conflict with the current state',
  412: 'The If-Match revision is stale',
  413: 'The request body is too large',
  415: 'The request body is not of a supported media type',
  422: 'The request is well formed but cannot be carried out',
  428: 'A precondition header (If-Match) is required',
  429: 'Too many requests: retry after the time in Retry-After',
  503: 'Unavailable (storage full, or not ready): retry after the time in Retry-After',
};

export interface ProblemStatus {
  status: number;
  description?: string;
}

/** The `content` of a problem+json response, referencing the one Problem component. */
export function problemContent(schemaRef = getSchemaPath(ProblemView)): Record<string, { schema: { $ref: string } }> {
  return { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: schemaRef } } };
}

/**
 * Declares the operation-specific refusals of a route (404, 409, 412, 422, 428…), each answered as
 * application/problem+json with the Problem schema. Generic statuses (400 for bad input, 401/403,
 * 413/415, 429, 503) are added to every operation by the document post-processor; list them here
 * only to give them a route-specific description.
 *
 * @example ApiProblems(404, { status: 409, description: 'The application was already submitted' })
 */
export function ApiProblems(...statuses: Array<number | ProblemStatus>): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemView),
    ...statuses.map((entry) => {
      const { status, description } = typeof entry === 'number' ? { status: entry, description: undefined } : entry;
      return ApiResponse({ status, description: description ?? PROBLEM_DESCRIPTIONS[status] ?? 'Refused', content: problemContent() });
    }),
  );
}

export interface PageResponseOptions {
  description?: string;
  /** Properties the list adds beside the page fields (for example the `allocationId` the list is of). */
  extraProperties?: Record<string, Record<string, unknown>>;
  /** Response headers the list sets (an ETag when the list is one stream's). */
  headers?: Record<string, { description: string; schema: Record<string, unknown> }>;
}

/**
 * A 200 answer holding one page of a list: `{ page, pageSize, total, items: Item[] }`, as every list
 * route returns it from `readModelPage`.
 *
 * @example ApiPageResponse(ApplicationSummaryView)
 */
export function ApiPageResponse(item: Type<unknown>, options: PageResponseOptions = {}): MethodDecorator & ClassDecorator {
  const extra = options.extraProperties ?? {};
  return applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      description: options.description ?? 'One page of the list',
      ...(options.headers ? { headers: options.headers } : {}),
      schema: {
        type: 'object',
        required: ['page', 'pageSize', 'total', 'items', ...Object.keys(extra)],
        properties: {
          ...extra,
          page: { type: 'integer', minimum: 1, description: 'The page returned (from 1)' },
          pageSize: { type: 'integer', minimum: 1, description: 'The most items a page holds' },
          total: { type: 'integer', minimum: 0, description: 'How many items the whole list holds, whatever the page' },
          items: { type: 'array', items: { $ref: getSchemaPath(item) } },
        },
      },
    }),
  );
}

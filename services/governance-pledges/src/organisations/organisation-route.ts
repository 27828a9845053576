import { HttpCode, Post, UseInterceptors, applyDecorators, type PipeTransform } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles, type Role } from '@hpc-access/auth';
import { ApiProblems, IdempotencyInterceptor, badRequest, etagFor, type ProblemStatus, ETAG_HEADER, LOCATION_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import type { OrganisationPledgeState } from './domain/organisation-pledge';
import { OrganisationPledgeView, organisationView, type OrganisationView } from './organisation-view';

/** Ids of other contexts are opaque but bounded (libs/contracts IsEntityId). */
export const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export interface OrganisationCommandOptions {
  /** A signature, an attestation, evidence: 201 with Location, and Idempotency-Key honoured. */
  creates?: boolean;
  /** The route's own refusals beside 404 (no such organisation), 409 (its state) and 412 (stale If-Match). */
  problems?: Array<number | ProblemStatus>;
}

/**
 * What every command on an organisation declares: POST, its role, If-Match, the organisation as it
 * now stands (ETag), and the refusals every such command can answer; `creates` routes (a
 * signature, an attestation, evidence) answer 201 with Location and honour Idempotency-Key.
 */
export function OrganisationCommandRoute(path: string, roles: Role[], operationId: string, summary: string, options: OrganisationCommandOptions = {}): MethodDecorator {
  const answer = { type: OrganisationPledgeView, description: "The organisation's pledge record as it now stands" };
  const params = [...path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]);
  return applyDecorators(
    Post(path),
    HttpCode(options.creates ? 201 : 200),
    Roles(...roles),
    ApiOperation({ operationId, summary }),
    ...params.map((name) => ApiParam({ name, schema: { type: 'string', pattern: ENTITY_ID.source } })),
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the organisation\'s pledge record changed since' }),
    ...(options.creates
      ? [
          UseInterceptors(IdempotencyInterceptor),
          ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: same answer, one effect' }),
          ApiCreatedResponse({ ...answer, headers: { ...LOCATION_HEADER, ...ETAG_HEADER } }),
        ]
      : [ApiOkResponse({ ...answer, headers: ETAG_HEADER })]),
    ApiProblems(...problemsOf(options.problems ?? [])),
  );
}

/** The refusals of every command, a route's own replacing them status by status (Nest would join the two descriptions). */
function problemsOf(own: Array<number | ProblemStatus>): ProblemStatus[] {
  const byStatus = new Map<number, ProblemStatus>([
    [404, { status: 404, description: 'The organisation is not known to governance' }],
    [409, { status: 409, description: 'Its pledge record does not allow this now, or a concurrent change won' }],
    [412, { status: 412 }],
  ]);
  for (const entry of own) byStatus.set(typeof entry === 'number' ? entry : entry.status, typeof entry === 'number' ? { status: entry } : entry);
  return [...byStatus.values()];
}

export const OrganisationController = (): ClassDecorator => applyDecorators(ApiTags('organisations\' pledges'), ApiBearerAuth());

/** Ids of other contexts are opaque but bounded (libs/contracts IsEntityId); anything else is a 400 naming the parameter. */
export class EntityIdPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    if (!ENTITY_ID.test(value)) throw badRequest(this.field, 'must be 1 to 128 letters, digits, ".", "_", ":" or "-"');
    return value;
  }
}

/** Every command route answers with the organisation as it now stands and its revision as ETag. */
export function respondWithOrganisation(res: Response, result: { state: OrganisationPledgeState; revision: number }): OrganisationView {
  res.setHeader('ETag', etagFor(result.revision));
  return organisationView(result.state, result.revision);
}

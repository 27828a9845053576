import { HttpCode, Post, UseInterceptors, applyDecorators, type PipeTransform } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, type Role } from '@hpc-access/auth';
import { IdempotencyInterceptor, badRequest, etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import type { OrganisationPledgeState } from './domain/organisation-pledge';
import { organisationView, type OrganisationView } from './organisation-view';

/**
 * What every command on an organisation declares: POST, its role, If-Match; `creates` routes
 * (a signature, an attestation, evidence) answer 201 and honour Idempotency-Key.
 */
export function OrganisationCommandRoute(path: string, roles: Role[], summary: string, options: { creates?: boolean } = {}): MethodDecorator {
  return applyDecorators(
    Post(path),
    HttpCode(options.creates ? 201 : 200),
    Roles(...roles),
    ApiOperation({ summary }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the organisation\'s pledge record changed since' }),
    ...(options.creates
      ? [UseInterceptors(IdempotencyInterceptor), ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: same answer, one effect' })]
      : []),
  );
}

export const OrganisationController = (): ClassDecorator => applyDecorators(ApiTags('organisations\' pledges'), ApiBearerAuth());

const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

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

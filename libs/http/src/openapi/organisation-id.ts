import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { patternParamPipe } from './route-facts';

/**
 * The form of an organisation id, as intake gives them when an organisation registers
 * (`org-aurora`): 3 to 64 lower-case letters, digits or dashes, starting with a letter or digit.
 * Every service that takes one as input checks this one pattern, so an id valid in one is valid in all.
 */
export const ORGANISATION_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;
export const ORGANISATION_ID_MESSAGE = 'organisationId must be 3 to 64 lower-case letters, digits or dashes';

const schema = {
  type: String,
  pattern: ORGANISATION_ID_PATTERN.source,
  minLength: 3,
  maxLength: 64,
  example: 'org-aurora',
};

/**
 * An organisation id in a request body or query: validated against the one pattern and documented
 * with it. `{ optional: true }` for a filter or an optional field.
 */
export function IsOrganisationId(options: { optional?: boolean; description?: string } = {}): PropertyDecorator {
  const description = options.description ?? 'An organisation id (3 to 64 lower-case letters, digits or dashes)';
  return applyDecorators(
    ...(options.optional ? [ApiPropertyOptional({ ...schema, description }), IsOptional()] : [ApiProperty({ ...schema, description })]),
    IsString(),
    Matches(ORGANISATION_ID_PATTERN, { message: ORGANISATION_ID_MESSAGE }),
  ) as PropertyDecorator;
}

/**
 * A path parameter holding an organisation id: refused with a 400 naming the parameter unless it
 * has the one form, and documented with it (`@Param('organisationId', OrganisationIdPipe('organisationId'))`).
 */
export function OrganisationIdPipe(field = 'organisationId') {
  return patternParamPipe(field, ORGANISATION_ID_PATTERN, 'must be an organisation id: 3 to 64 lower-case letters, digits or dashes', { minLength: 3, maxLength: 64 });
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches, ValidateBy, ValidateIf } from 'class-validator';
import type { DevTokenRequest } from './dev-identity-provider';
import { ROLES, type Role } from './roles';

// Ids end up in x-hpc-* headers and event metadata: keep them to header-safe characters.
const ID = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/;
const ID_MESSAGE = '$property must be 1 to 128 letters, digits, ".", "_", "@" or "-"';

/**
 * May be left out (its default applies), but not sent as `null`: @IsOptional() lets null through,
 * and a null organisationId silently became org-demo.
 */
const OmittedOrGiven = (): PropertyDecorator => {
  const omitted = ValidateIf((_, value) => value !== undefined);
  const notNull = ValidateBy({ name: 'isNotNull', validator: { validate: (value) => value !== null, defaultMessage: () => '$property must be left out or given, not null' } });
  return (target, property) => {
    omitted(target, property);
    notNull(target, property);
  };
};

export class DevTokenRequestBody implements DevTokenRequest {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ description: 'Default demo-<role>', example: 'demo-applicant' })
  @OmittedOrGiven()
  @Matches(ID, { message: ID_MESSAGE })
  userId?: string;

  @ApiPropertyOptional({ description: 'Default org-demo for the applicant', example: 'org-demo' })
  @OmittedOrGiven()
  @Matches(ID, { message: ID_MESSAGE })
  organisationId?: string;

  @ApiPropertyOptional({ description: 'The hosting site of a site or technical-assessor token (infra/seed/allocation.json `sites`)', example: 'cineca' })
  @OmittedOrGiven()
  @Matches(ID, { message: ID_MESSAGE })
  siteId?: string;
}

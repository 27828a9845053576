import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional } from 'class-validator';
import { IsOrganisationId, PageQuery } from '@hpc-access/http';

export const OBLIGATION_STATUSES = ['open', 'evidence-submitted', 'fulfilled'] as const;

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListObligationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OBLIGATION_STATUSES, description: 'open: no evidence yet; evidence-submitted: waiting for the officer; fulfilled: accepted' })
  @IsOptional() @IsIn(OBLIGATION_STATUSES) status?: (typeof OBLIGATION_STATUSES)[number];
  @ApiPropertyOptional({ description: 'Only obligations overdue and not fulfilled (true), or not overdue (false)' })
  @IsOptional() @Transform(toBoolean) @IsBoolean() overdue?: boolean;
  @ApiPropertyOptional({ format: 'date-time', description: 'Only obligations due before this instant (a date is its start, UTC)' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'dueBefore must be an ISO 8601 date or date-time' }) dueBefore?: string;
  @IsOrganisationId({ optional: true }) organisationId?: string;
}

import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsOrganisationId, PageQuery } from '@hpc-access/http';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../shared/notification';
import { MAX_URL_LENGTH } from '../domain/endpoint-url';
import { MAX_DESCRIPTION_LENGTH } from '../domain/webhook-endpoint.decider';

export class RegisterWebhookEndpointDto {
  @IsOrganisationId({ optional: true, description: 'The owning organisation (exactly one of organisationId and siteId)' }) organisationId?: string;

  @ApiPropertyOptional({ description: 'The owning hosting site (exactly one of organisationId and siteId)' })
  @IsOptional() @IsString() @Length(1, 100) siteId?: string;

  @ApiProperty({ description: 'https URL the notifications are POSTed to; no user name or password in it', maxLength: MAX_URL_LENGTH })
  @IsString() @Length(1, MAX_URL_LENGTH) url!: string;

  @ApiPropertyOptional({ enum: NOTIFICATION_KINDS, isArray: true, description: 'Only these kinds; empty or absent: every kind' })
  @IsOptional() @IsArray() @ArrayMaxSize(NOTIFICATION_KINDS.length) @IsIn(NOTIFICATION_KINDS, { each: true }) kinds?: NotificationKind[];

  @ApiPropertyOptional({ maxLength: MAX_DESCRIPTION_LENGTH })
  @IsOptional() @IsString() @MaxLength(MAX_DESCRIPTION_LENGTH) description?: string;
}

export class ListWebhookEndpointsQuery {
  @IsOrganisationId({ optional: true, description: "Whose endpoints; an applicant's own organisation when absent" }) organisationId?: string;

  @ApiPropertyOptional({ description: "Whose endpoints; a site's own when absent" })
  @IsOptional() @IsString() @Length(1, 100) siteId?: string;
}

export class DeliveryLogQuery extends PageQuery {}

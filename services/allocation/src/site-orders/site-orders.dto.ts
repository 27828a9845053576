import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { SortedPageQuery } from '@hpc-access/http';
import { SITE_ORDER_STATUSES, type SiteOrderStatus } from './domain/site-orders';

export class ListSiteOrdersQuery extends SortedPageQuery {
  @ApiPropertyOptional({ enum: SITE_ORDER_STATUSES, enumName: 'SiteOrderStatus' }) @IsOptional() @IsIn(SITE_ORDER_STATUSES) status?: SiteOrderStatus;
}

export class SiteOrderAcknowledgementDto {
  @ApiProperty({ enum: ['done', 'failed'] }) @IsIn(['done', 'failed']) outcome!: 'done' | 'failed';
  @ApiPropertyOptional({ maxLength: 2000, description: "The site's error; kept only with outcome failed" }) @IsOptional() @IsString() @MaxLength(2000) error?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The attempt this outcome is of (the order view says it); another than the current one is 409 attempt-superseded' })
  @IsOptional() @IsInt() @Min(1) attempt?: number;
}

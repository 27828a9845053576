import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { Roles } from '@hpc-access/auth';
import { ApiPageResponse, PAGE_SIZE_DEFAULT, PageQuery } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import { AUDIT_READERS } from '../audit-roles';
import { AUDIT_DB, AUDIT_OPTIONS, DEFAULT_SOURCES, type AuditOptionsShape } from '../audit.tokens';
import { existingSources } from '../ledger/source-events';
import { TimelineEventView, timelineEventView } from './timeline-event.view';
import { timelinePage } from './timeline.queries';

export class TimelineQuery extends PageQuery {
  @ApiPropertyOptional({ enum: [...DEFAULT_SOURCES], description: 'Only this service\'s events' })
  @IsOptional() @IsIn([...DEFAULT_SOURCES]) service?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Only the events of this entity (its stream id)' })
  @IsOptional() @IsString() @MaxLength(200) streamId?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Only events of this type', example: 'ApplicationSubmitted' })
  @IsOptional() @IsString() @MaxLength(200) type?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Only events by this actor (user id)' })
  @IsOptional() @IsString() @MaxLength(200) actorId?: string;

  @ApiPropertyOptional({ maxLength: 64, description: 'Only events by an actor in this role (as the metadata records it)', example: 'intake-officer' })
  @IsOptional() @IsString() @MaxLength(64) role?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only events recorded at or after this instant' })
  @IsOptional() @IsISO8601({ strict: true }) from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only events recorded before this instant' })
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit/timeline')
export class TimelineController {
  constructor(@Inject(AUDIT_DB) private readonly db: Sql, @Inject(AUDIT_OPTIONS) private readonly options: AuditOptionsShape) {}

  @Get()
  @Roles(...AUDIT_READERS)
  @ApiOperation({ operationId: 'audit.listTimeline', summary: 'Every event of every service in ledger order, as stored (encrypted personal data as stored), with hash, previous hash and ledger index; filterable; paginated (auditors, administrators)' })
  @ApiPageResponse(TimelineEventView)
  async list(@Query() query: TimelineQuery) {
    const { service, streamId, type, actorId, role, from, to } = query;
    // A service whose schema is not there (yet) has no events on the timeline.
    const sources = await existingSources(this.db, this.options.sources.filter((s) => service === undefined || s === service));
    if (sources.length === 0) return { page: query.page ?? 1, pageSize: query.pageSize ?? PAGE_SIZE_DEFAULT, total: 0, items: [] };
    const { rows, ...page } = await timelinePage(this.db, this.options.schema, sources, { service, streamId, type, actorId, role, from, to }, query);
    return { ...page, items: rows.map(timelineEventView) };
  }
}

import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { Roles } from '@hpc-access/auth';
import { ApiProblems, patternParamPipe } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import { AUDIT_READERS } from '../audit-roles';
import { AUDIT_DB } from '../audit.tokens';
import { EntityAsOfView } from './as-of.view';
import { entityAsOf } from './entity-as-of';
import { ENTITY_TYPE_NAMES } from '@hpc-access/audit-as-of';

export class AsOfQuery {
  @ApiProperty({ format: 'date-time', description: 'The instant: events recorded at or before it are applied', example: '2026-03-01T12:00:00Z' })
  @IsISO8601({ strict: true }) asOf!: string;
}

// Entity ids are the services' own (UUIDs, `org-…`, `<system>.<partition>`): a conservative form
// keeps anything odd (control characters, a NUL the database would refuse) out of the query.
const ENTITY_ID_PIPE = patternParamPipe('id', /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/, 'id must be an entity id (letters, digits, . _ : @ -)', { maxLength: 200 });
const ENTITY_TYPE_PIPE = patternParamPipe('entityType', /^[a-z][a-z-]{0,63}$/, 'entityType must be one of ' + ENTITY_TYPE_NAMES.join(', '), { maxLength: 64 });

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit/entities')
export class AsOfController {
  constructor(@Inject(AUDIT_DB) private readonly db: Sql) {}

  @Get(':entityType/:id')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ operationId: 'audit.getEntityAsOf', summary: 'One entity as it stood at an instant, rebuilt from its events with its owning service\'s own evolve, and the last event applied (auditors, administrators)' })
  @ApiParam({ name: 'entityType', description: `The kind of entity: ${ENTITY_TYPE_NAMES.join(', ')} (services/audit/README.md names the service and stream of each); another is 404` })
  @ApiParam({ name: 'id', description: 'The entity\'s id as its service gives it (a capacity ledger: `<system>.<partition>`)' })
  @ApiOkResponse({ type: EntityAsOfView })
  @ApiProblems({ status: 404, description: 'Unknown entity type, no such entity, or it did not exist yet at that instant' })
  async get(@Param('entityType', ENTITY_TYPE_PIPE) entityType: string, @Param('id', ENTITY_ID_PIPE) id: string, @Query() query: AsOfQuery): Promise<EntityAsOfView> {
    return (await entityAsOf(this.db, entityType, id, new Date(query.asOf))) as EntityAsOfView;
  }
}

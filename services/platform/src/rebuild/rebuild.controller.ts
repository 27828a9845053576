import { Controller, Get, HttpCode, Inject, OnApplicationShutdown, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { ApiProblems } from '@hpc-access/http';
import { RebuildJobs, type RebuildJob } from './rebuild-jobs';

export class RebuildProgressView {
  @ApiProperty() projection!: string;
  @ApiProperty({ enum: ['replaying', 'swapping', 'done'] }) phase!: string;
  @ApiProperty({ type: 'integer', description: 'Events replayed into the shadow tables so far' }) done!: number;
  @ApiProperty({ type: 'integer', description: 'Events in the service\'s store when the rebuild started (more may come)' }) total!: number;
  @ApiProperty({ type: 'integer' }) eventsPerSecond!: number;
}

export class RebuildJobView {
  @ApiProperty() service!: string;
  @ApiProperty() projection!: string;
  @ApiProperty({ enum: ['running', 'done', 'failed'] }) state!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
  @ApiPropertyOptional({ type: RebuildProgressView, nullable: true }) progress!: RebuildProgressView | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why a failed rebuild failed; the old read model stays in place' }) error!: string | null;
}

/** Administrators only: a rebuild touches every reader of the read model, and the service's whole history. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/rebuild')
export class RebuildController implements OnApplicationShutdown {
  constructor(@Inject(RebuildJobs) private readonly jobs: RebuildJobs) {}

  @Post(':service/:projection')
  @HttpCode(202)
  @Roles('administrator')
  @ApiOperation({ operationId: 'admin.rebuildReadModel', summary: 'Rebuilds a read model from the events in a shadow schema, then swaps it in; readers see the old one until then (ADR 31)' })
  @ApiAcceptedResponse({ type: RebuildJobView, description: 'Started; GET the same path for its progress' })
  @ApiProblems(
    { status: 404, description: 'No such service or projection; the detail lists the valid ones' },
    { status: 409, description: 'A rebuild of this service is running' },
    { status: 422, description: 'The projection cannot be rebuilt in a shadow schema; the detail says why' },
  )
  start(@Param('service') service: string, @Param('projection') projection: string): RebuildJob {
    return this.jobs.start(service, projection);
  }

  @Get(':service/:projection')
  @Roles('administrator')
  @ApiOperation({ operationId: 'admin.getReadModelRebuild', summary: 'The last rebuild of a read model since the platform started: its state and progress' })
  @ApiOkResponse({ type: RebuildJobView })
  @ApiProblems({ status: 404, description: 'No such service or projection, or no rebuild of it since the platform started' })
  get(@Param('service') service: string, @Param('projection') projection: string): RebuildJob {
    return this.jobs.get(service, projection);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.jobs.settled();
  }
}

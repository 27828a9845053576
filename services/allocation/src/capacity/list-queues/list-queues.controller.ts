import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, visibleSystems, type Caller } from '@hpc-access/auth';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { STAFF_READERS, systemScope } from '../../allocation-roles';
import { ApplicationSummaries, applicationSummary, type ApplicationSummary } from '../../applications/read-models/application-summaries';
import { ConfigurationService } from '../../configuration/configuration.service';
import { QueuesView } from '../capacity.view';

export class QueueQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) system?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) partition?: string;
}

@ApiTags('allocation capacity')
@ApiBearerAuth()
@Controller('api/allocation')
export class ListQueuesController {
  constructor(private readonly applications: ApplicationSummaries, private readonly configs: ConfigurationService) {}

  @Get('queue')
  @Roles(...STAFF_READERS)
  @ApiOperation({ operationId: 'allocation.listQueues', summary: "The waiting queue of each partition, first come first served; a technical assessor sees only its site's systems'" })
  @ApiOkResponse({ type: QueuesView })
  async queue(@Query() query: QueueQuery, @CurrentCaller() caller: Caller) {
    const systems = visibleSystems(await systemScope(caller, this.configs));
    const rows = await this.applications.queued({ systems, system: query.system, partition: query.partition });
    const queues = new Map<string, { system: string; partition: string; entries: Array<ApplicationSummary & { position: number }> }>();
    for (const row of rows) {
      const key = `${row.system}/${row.partition}`;
      const queue = queues.get(key) ?? { system: row.system ?? '', partition: row.partition ?? '', entries: [] };
      queue.entries.push({ position: queue.entries.length + 1, ...applicationSummary(row) });
      queues.set(key, queue);
    }
    return { queues: [...queues.values()] };
  }
}

import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, visibleSystems, type Caller } from '@hpc-access/auth';
import type { Clock } from '@hpc-access/eventsourcing';
import { ApiPageResponse } from '@hpc-access/http';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { STAFF_READERS, systemCondition, systemScope } from '../allocation-roles';
import { ALLOCATION_CLOCK } from '../allocation.tokens';
import { ConfigurationService } from '../configuration/configuration.service';
import { ApplicationSummaries, applicationSummary, type ApplicationSummary } from '../applications/read-models/application-summaries';
import { PageQuery } from '../shared/page';
import { CapacityReservations } from './read-models/capacity-reservations';
import { monthsFrom } from './domain/months';
import { CapacityView, HoldSummaryView, QueuesView } from './capacity.view';

export class CapacityQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) system?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) partition?: string;
  @ApiPropertyOptional({ description: 'First month, YYYY-MM; default the current month' }) @IsOptional() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/) from?: string;
  @ApiPropertyOptional({ default: 12 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(36) months?: number;
}

export class HoldsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['placed', 'released', 'converted'] }) @IsOptional() @IsIn(['placed', 'released', 'converted']) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) system?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) partition?: string;
}

export class QueueQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) system?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) partition?: string;
}

@ApiTags('allocation capacity')
@ApiBearerAuth()
@Controller('api/allocation')
export class CapacityController {
  constructor(
    private readonly reservations: CapacityReservations,
    private readonly applications: ApplicationSummaries,
    @Inject(ALLOCATION_CLOCK) private readonly clock: Clock,
    private readonly configs: ConfigurationService,
  ) {}

  @Get('capacity')
  @Roles(...STAFF_READERS)
  @ApiOperation({ operationId: 'allocation.getCapacity', summary: 'Capacity per partition, pool and month: configured, held, awarded and free GPU-hours' })
  @ApiOkResponse({ type: CapacityView })
  async capacity(@Query() query: CapacityQuery) {
    const configuration = await this.configs.current();
    const months = monthsFrom(`${query.from ?? this.clock.now().toISOString().slice(0, 7)}-01`, query.months ?? 12);
    const reserved = await this.reservations.between(months[0], months[months.length - 1]);
    const partitions = configuration.systems.flatMap((s) => s.partitions.map((p) => ({ system: s.id, partition: p.id, capacity: p.monthlyCapacityGpuHours })))
      .filter((p) => (query.system === undefined || p.system === query.system) && (query.partition === undefined || p.partition === query.partition));
    return {
      months,
      partitions: partitions.map((p) => ({
        system: p.system,
        partition: p.partition,
        pools: (['continuous', 'large-scale'] as const).map((pool) => {
          const monthly = pool === 'continuous' ? p.capacity.continuous : p.capacity.largeScale;
          return {
            pool,
            monthlyCapacityGpuHours: monthly,
            months: months.map((month) => {
              const row = reserved.get(`${p.system}/${p.partition}/${pool}/${month}`);
              const held = Number(row?.held ?? 0);
              const awarded = Number(row?.awarded ?? 0);
              return { month, held, awarded, free: monthly - held - awarded };
            }),
          };
        }),
      })),
    };
  }

  @Get('holds')
  @Roles(...STAFF_READERS)
  @ApiOperation({ operationId: 'allocation.listHolds', summary: "Capacity holds, newest first, by status and partition; a technical assessor sees only its site's systems'" })
  @ApiPageResponse(HoldSummaryView)
  async holds(@Query() query: HoldsQuery, @CurrentCaller() caller: Caller) {
    const scope = await systemScope(caller, this.configs);
    return this.reservations.holds({ status: query.status, system: query.system, partition: query.partition }, query, systemCondition(scope));
  }

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

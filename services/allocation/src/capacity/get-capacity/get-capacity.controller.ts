import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import type { Clock } from '@hpc-access/eventsourcing';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { STAFF_READERS } from '../../allocation-roles';
import { ALLOCATION_CLOCK } from '../../allocation.tokens';
import { ConfigurationService } from '../../configuration/configuration.service';
import { CapacityView } from '../capacity.view';
import { monthsFrom } from '../domain/months';
import { CapacityReservations } from '../read-models/capacity-reservations';

export class CapacityQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) system?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) partition?: string;
  @ApiPropertyOptional({ description: 'First month, YYYY-MM; default the current month' }) @IsOptional() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/) from?: string;
  @ApiPropertyOptional({ default: 12 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(36) months?: number;
}

@ApiTags('allocation capacity')
@ApiBearerAuth()
@Controller('api/allocation')
export class GetCapacityController {
  constructor(private readonly reservations: CapacityReservations, private readonly configs: ConfigurationService, @Inject(ALLOCATION_CLOCK) private readonly clock: Clock) {}

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
}

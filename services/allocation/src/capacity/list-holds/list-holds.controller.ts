import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiPageResponse } from '@hpc-access/http';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { STAFF_READERS, systemCondition, systemScope } from '../../allocation-roles';
import { ConfigurationService } from '../../configuration/configuration.service';
import { PageQuery } from '../../shared/page';
import { HoldSummaryView } from '../capacity.view';
import { CapacityReservations } from '../read-models/capacity-reservations';

export class HoldsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['placed', 'released', 'converted'] }) @IsOptional() @IsIn(['placed', 'released', 'converted']) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) system?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) partition?: string;
}

@ApiTags('allocation capacity')
@ApiBearerAuth()
@Controller('api/allocation')
export class ListHoldsController {
  constructor(private readonly reservations: CapacityReservations, private readonly configs: ConfigurationService) {}

  @Get('holds')
  @Roles(...STAFF_READERS)
  @ApiOperation({ operationId: 'allocation.listHolds', summary: "Capacity holds, newest first, by status and partition; a technical assessor sees only its site's systems'" })
  @ApiPageResponse(HoldSummaryView)
  async holds(@Query() query: HoldsQuery, @CurrentCaller() caller: Caller) {
    const scope = await systemScope(caller, this.configs);
    return this.reservations.holds({ status: query.status, system: query.system, partition: query.partition }, query, systemCondition(scope));
  }
}

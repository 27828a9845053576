import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import type { Clock } from '@hpc-access/eventsourcing';
import { ApiProblems, ETAG_HEADER, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { ALLOCATION_CLOCK } from '../../allocation.tokens';
import { IdPipe } from '../../shared/id.pipe';
import { Equals, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { AllocationCommands } from '../allocation-commands';
import { AllocationReader } from '../allocation-reader';
import { AllocationView } from '../allocation.view';
import { respondWithAllocation } from '../respond-with-allocation';

export class ProvisioningDto {
  @ApiProperty({ description: 'The site created the project account' }) @IsBoolean() @Equals(true, { message: 'accountCreated must be true: confirm only an account that exists' }) accountCreated!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) siteReference?: string;
}

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('api/allocation/allocations')
export class ConfirmProvisioningController {
  constructor(private readonly reader: AllocationReader, private readonly allocations: AllocationCommands, @Inject(ALLOCATION_CLOCK) private readonly clock: Clock) {}

  @Post(':id/provisioning')
  @HttpCode(200)
  @Roles('site')
  @ApiOperation({ operationId: 'allocation.confirmProvisioning', summary: 'The hosting site confirms the project account: the allocation becomes active (its end date stays); only the site hosting its system' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the allocation changed since' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationView, headers: ETAG_HEADER, description: 'The allocation, now active' })
  @ApiProblems({ status: 404, description: 'No such allocation' }, { status: 409, description: 'Already confirmed, or the allocation is closed' }, 412)
  async provision(@Param('id', IdPipe) id: string, @Body() body: ProvisioningDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const expected = parseIfMatch(ifMatch);
    await this.reader.loadFor(id, caller);
    return respondWithAllocation(res, await this.allocations.activate(id, body.siteReference ?? null, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }
}

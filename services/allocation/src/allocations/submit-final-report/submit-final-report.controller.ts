import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { assertMayAccessOrganisation, commandContext, CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Clock } from '@hpc-access/eventsourcing';
import { ApiProblems, ETAG_HEADER, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { ALLOCATION_CLOCK } from '../../allocation.tokens';
import { IdPipe } from '../../shared/id.pipe';
import { Equals, IsBoolean, IsNumber, IsString, Length, Min } from 'class-validator';
import { AllocationCommands } from '../allocation-commands';
import { AllocationView } from '../allocation.view';
import { respondWithAllocation } from '../respond-with-allocation';

export class FinalReportDto {
  @ApiProperty() @IsString() @Length(10, 20000) results!: string;
  @ApiProperty() @IsNumber() @Min(0) energyKwh!: number;
  @ApiProperty() @IsNumber() @Min(0) computeFlop!: number;
  @ApiProperty({ description: 'Acknowledgement of EuroHPC: must be true' }) @IsBoolean() @Equals(true, { message: 'acknowledgement must be true' }) acknowledgement!: boolean;
}

@ApiTags('allocations')
@ApiBearerAuth()
@Controller('api/allocation/allocations')
export class SubmitFinalReportController {
  constructor(private readonly allocations: AllocationCommands, @Inject(ALLOCATION_CLOCK) private readonly clock: Clock) {}

  @Post(':id/final-report')
  @HttpCode(200)
  @Roles('applicant')
  @ApiOperation({ operationId: 'allocation.submitFinalReport', summary: 'The final report after closure: results, energy, compute, acknowledgement of EuroHPC; lifts a bar it caused' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the allocation changed since' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The allocation id' })
  @ApiOkResponse({ type: AllocationView, headers: ETAG_HEADER, description: 'The allocation with its final report recorded' })
  @ApiProblems({ status: 404, description: 'No such allocation' }, { status: 409, description: 'The allocation is not closed yet, or its final report was already submitted' }, 412)
  async finalReport(@Param('id', IdPipe) id: string, @Body() body: FinalReportDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const expected = parseIfMatch(ifMatch);
    const { state } = await this.allocations.load(id);
    assertMayAccessOrganisation(caller.actor, state.terms?.organisationId ?? '');
    return respondWithAllocation(res, await this.allocations.submitFinalReport(id, body, commandContext(caller, this.clock.now()), { correlationId: caller.correlationId }, expected));
  }
}

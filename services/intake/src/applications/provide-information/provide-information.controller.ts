import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { Roles } from '@hpc-access/auth';
import { parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { CurrentCaller, commandContext, type Caller } from '../../caller';
import { CLOCK, type Clock } from '../../intake.tokens';
import { ApplicationCommands } from '../application-commands';
import { ApplicationIdPipe } from '../application-id.pipe';
import type { ApplicationView } from '../application-view';
import { DraftProposalDto, definedOnly } from '../proposal.dto';
import { respondWithApplication } from '../respond-with-application';

export class ProvideInformationDto {
  @ApiProperty() @IsString() @Length(1, 10000) answer!: string;
  @ApiPropertyOptional({ type: DraftProposalDto, description: 'Changes to the application that the answer brings' })
  @IsOptional() @ValidateNested() @Type(() => DraftProposalDto) changes?: DraftProposalDto;
}

@ApiTags('screening')
@ApiBearerAuth()
@Controller('api/applications')
export class ProvideInformationController {
  constructor(private readonly applications: ApplicationCommands, @Inject(CLOCK) private readonly clock: Clock) {}

  @Post(':id/information')
  @HttpCode(200)
  @Roles('applicant')
  @ApiOperation({ summary: 'Answer the information the screening officer requested; screening resumes' })
  @ApiHeader({ name: 'If-Match', required: false })
  async provide(
    @Param('id', ApplicationIdPipe) id: string,
    @Body() body: ProvideInformationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApplicationView> {
    const expectedRevision = parseIfMatch(ifMatch);
    const result = await this.applications.execute(id, {
      type: 'ProvideInformation',
      data: { answer: body.answer, changes: definedOnly(body.changes ?? {}) },
      context: commandContext(caller, this.clock.now()),
    }, { correlationId: caller.correlationId, expectedRevision });
    return respondWithApplication(res, result);
  }
}

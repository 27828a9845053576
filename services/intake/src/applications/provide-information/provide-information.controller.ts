import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import type { Response } from 'express';
import { CurrentCaller, type Caller } from '../../caller';
import { ApplicationCommands } from '../application-commands';
import { ApplicationIdPipe } from '../application-id.pipe';
import type { ApplicationView } from '../application-view';
import { DraftProposalDto, definedOnly } from '../proposal.dto';
import { respondWithApplication } from '../respond-with-application';
import { ApplicationCommandRoute } from '../application-command-route';

export class ProvideInformationDto {
  @ApiProperty() @IsString() @Length(1, 10000) answer!: string;
  @ApiPropertyOptional({ type: DraftProposalDto, description: 'Changes to the application that the answer brings' })
  @IsOptional() @ValidateNested() @Type(() => DraftProposalDto) changes?: DraftProposalDto;
}

@ApiTags('screening')
@ApiBearerAuth()
@Controller('api/applications')
export class ProvideInformationController {
  constructor(private readonly applications: ApplicationCommands) {}

  @ApplicationCommandRoute(':id/information', 'applicant', 'intake.provideInformation', 'Answer the information the screening officer requested; screening resumes', { status: 422, description: 'The answer would remove a required field, or changes the proposal under ethics review' })
  async provide(
    @Param('id', ApplicationIdPipe) id: string,
    @Body() body: ProvideInformationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApplicationView> {
    const data = { answer: body.answer, changes: definedOnly(body.changes ?? {}) };
    return respondWithApplication(res, await this.applications.run(id, caller, ifMatch, 'ProvideInformation', data));
  }
}

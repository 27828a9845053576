import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { Response } from 'express';
import { CurrentCaller, type Caller } from '../../caller';
import { ApplicationCommands } from '../application-commands';
import { ApplicationIdPipe } from '../application-id.pipe';
import type { ApplicationView } from '../application-view';
import { respondWithApplication } from '../respond-with-application';
import { ApplicationCommandRoute } from '../application-command-route';

export class WithdrawApplicationDto {
  @ApiProperty() @IsString() @Length(3, 2000) reason!: string;
}

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications')
export class WithdrawApplicationController {
  constructor(private readonly applications: ApplicationCommands) {}

  @ApplicationCommandRoute(':id/withdraw', 'applicant', 'intake.withdrawApplication', 'Withdraw an application (possible until award)')
  async withdraw(
    @Param('id', ApplicationIdPipe) id: string,
    @Body() body: WithdrawApplicationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApplicationView> {
    return respondWithApplication(res, await this.applications.run(id, caller, ifMatch, 'WithdrawApplication', { reason: body.reason }));
  }
}

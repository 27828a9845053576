import { Body, Controller, HttpCode, Inject, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { newEventId } from '@hpc-access/eventsourcing';
import { IdempotencyInterceptor, etagFor, ETAG_HEADER, LOCATION_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { CurrentCaller, commandContext, type Caller } from '../../caller';
import { CLOCK, type Clock } from '../../intake.tokens';
import { ApplicationCommands } from '../application-commands';
import { applicationView, ApplicationView } from '../application-view';
import { definedOnly } from '../proposal.dto';
import { DraftApplicationDto } from './draft-application.dto';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications')
export class DraftApplicationController {
  constructor(private readonly applications: ApplicationCommands, @Inject(CLOCK) private readonly clock: Clock) {}

  @Post()
  @HttpCode(201)
  @Roles('applicant')
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({ operationId: 'intake.draftApplication', summary: 'Start a draft application for an organisation' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: same answer, one draft' })
  // 409 and 422 of the Idempotency-Key are added by the document's post-processor.
  @ApiCreatedResponse({ type: ApplicationView, description: 'The draft', headers: { ...LOCATION_HEADER, ...ETAG_HEADER } })
  async draft(@Body() body: DraftApplicationDto, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<ApplicationView> {
    // A UUIDv7 sorts by creation time, which keeps the list's default order cheap.
    const applicationId = newEventId();
    const result = await this.applications.execute(applicationId, {
      type: 'DraftApplication',
      data: { applicationId, organisationId: body.organisationId, proposal: definedOnly(body.proposal) },
      context: commandContext(caller, this.clock.now()),
    }, { correlationId: caller.correlationId });
    res.setHeader('Location', `/api/applications/${applicationId}`);
    res.setHeader('ETag', etagFor(result.revision));
    return applicationView(result.application, result.revision);
  }
}

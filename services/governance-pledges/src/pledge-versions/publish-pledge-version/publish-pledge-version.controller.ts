import { Body, Controller, Headers, HttpCode, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import { ApiProblems, IdempotencyInterceptor, etagFor, parseIfMatch, ETAG_HEADER, LOCATION_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { PledgeCatalogService } from '../pledge-catalog.service';
import { PledgeVersionView } from '../pledge-version-view';
import { PledgeTextDto } from './pledge-text.dto';

@ApiTags('pledge versions')
@ApiBearerAuth()
@Controller('api/governance/pledge-versions')
export class PublishPledgeVersionController {
  constructor(private readonly catalog: PledgeCatalogService) {}

  @Post()
  @HttpCode(201)
  @Roles('governance-officer')
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({ operationId: 'governance.publishPledgeVersion', summary: 'Publish a new pledge text; every organisation must sign it again by resignBy (now + the re-sign period)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: same answer, one version' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag of the version list last read; 412 if another version was published since' })
  @ApiCreatedResponse({ type: PledgeVersionView, description: 'The version published, now the current one', headers: { ...LOCATION_HEADER, ...ETAG_HEADER } })
  @ApiProblems(
    { status: 409, description: 'A concurrent publication won, or a request with this Idempotency-Key is still running' },
    412,
    { status: 422, description: 'Optional commitment ids repeat, or the Idempotency-Key was used with a different body' },
  )
  async publish(@Body() body: PledgeTextDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<PledgeVersionView> {
    const text = {
      coreCommitments: { ...body.coreCommitments },
      optionalCommitments: body.optionalCommitments.map((c) => ({ id: c.id, text: c.text })),
      civilianUse: body.civilianUse,
      modelTrainingDuties: { ...body.modelTrainingDuties },
      ...(body.summaryOfChanges !== undefined ? { summaryOfChanges: body.summaryOfChanges } : {}),
    };
    const expectedRevision = parseIfMatch(ifMatch);
    const { version, revision } = await this.catalog.publish(text, commandContext(caller, this.catalog.now()), { correlationId: caller.correlationId, expectedRevision });
    res.setHeader('Location', `/api/governance/pledge-versions/${version.pledgeVersion}`);
    res.setHeader('ETag', etagFor(revision));
    return { ...version, current: true };
  }
}

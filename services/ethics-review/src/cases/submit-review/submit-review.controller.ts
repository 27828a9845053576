import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { ConfigurationCommands } from '../../configuration/configuration-commands';
import { CaseCommandRoute } from '../case-command-route';
import { CaseCommands } from '../case-commands';
import { CaseIdPipe } from '../case-id.pipe';
import type { EthicsCaseView } from '../case-view';
import { respondWithCase } from '../respond-with-case';
import { ReviewDto } from './review.dto';

@ApiTags('ethics cases')
@ApiBearerAuth()
@Controller('api/ethics/cases')
export class SubmitReviewController {
  constructor(private readonly cases: CaseCommands, private readonly configuration: ConfigurationCommands) {}

  @CaseCommandRoute(
    ':id/reviews',
    'ethics-reviewer',
    'ethics.submitReview',
    'The reviewer rates every ethics-by-design principle with a comment for the applicant and, optionally, an internal one; one review each, final once submitted',
    { status: 422, description: 'A principle unknown, rated twice or not rated; or the Idempotency-Key was used with a different body' },
  )
  async review(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: ReviewDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EthicsCaseView> {
    const { settings } = await this.configuration.current();
    // An empty internal comment is none: the event carries the field only when there is one to keep.
    const ratings = body.ratings.map(({ principle, rating, comment, internalComment }) => ({ principle, rating, comment, ...(internalComment ? { internalComment } : {}) }));
    return respondWithCase(res, caller, await this.cases.run(id, caller, ifMatch, 'SubmitReview', { ratings, principles: settings.principles }));
  }
}

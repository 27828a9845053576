import { Body, Controller, HttpCode, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiProblems, IdempotencyInterceptor, etagFor, ETAG_HEADER, LOCATION_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { ETHICS_STAFF } from '../../ethics-review-roles';
import { ReviewerRegistry } from '../reviewer-registry';
import { RegisterReviewerDto } from './register-reviewer.dto';
import { RegisteredReviewerView } from './reviewer.view';

@ApiTags('ethics reviewers')
@ApiBearerAuth()
@Controller('api/ethics/reviewers')
export class RegisterReviewerController {
  constructor(private readonly registry: ReviewerRegistry) {}

  @Post()
  @HttpCode(201)
  @Roles(...ETHICS_STAFF)
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({ operationId: 'ethics.registerReviewer', summary: 'Register an ethics reviewer with their affiliation and expertise' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: same answer, one registration' })
  @ApiCreatedResponse({ type: RegisteredReviewerView, headers: { ...LOCATION_HEADER, ...ETAG_HEADER } })
  @ApiProblems({ status: 409, description: 'The reviewer is already registered, or a request with this Idempotency-Key is still running' })
  async register(@Body() body: RegisterReviewerDto, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<RegisteredReviewerView> {
    const { reviewer, revision } = await this.registry.register({ reviewerId: body.reviewerId, organisationId: body.organisationId, expertise: body.expertise }, caller);
    res.setHeader('Location', `/api/ethics/reviewers/${reviewer.reviewerId}`);
    res.setHeader('ETag', etagFor(revision));
    return { reviewerId: reviewer.reviewerId, organisationId: reviewer.organisationId, expertise: reviewer.expertise, registeredAt: reviewer.registeredAt, revision };
  }
}

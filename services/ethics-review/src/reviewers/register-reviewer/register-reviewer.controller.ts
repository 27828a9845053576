import { Body, Controller, HttpCode, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { IdempotencyInterceptor, etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import { ETHICS_STAFF } from '../../ethics-review-roles';
import { ReviewerRegistry } from '../reviewer-registry';
import { RegisterReviewerDto } from './register-reviewer.dto';

@ApiTags('ethics reviewers')
@ApiBearerAuth()
@Controller('api/ethics/reviewers')
export class RegisterReviewerController {
  constructor(private readonly registry: ReviewerRegistry) {}

  @Post()
  @HttpCode(201)
  @Roles(...ETHICS_STAFF)
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({ summary: 'Register an ethics reviewer with their affiliation and expertise' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: same answer, one registration' })
  async register(@Body() body: RegisterReviewerDto, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    const { reviewer, revision } = await this.registry.register({ reviewerId: body.reviewerId, organisationId: body.organisationId, expertise: body.expertise }, caller);
    res.setHeader('Location', `/api/ethics/reviewers/${reviewer.reviewerId}`);
    res.setHeader('ETag', etagFor(revision));
    return { reviewerId: reviewer.reviewerId, organisationId: reviewer.organisationId, expertise: reviewer.expertise, registeredAt: reviewer.registeredAt, revision };
  }
}

import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/sql';
import { ApiPageResponse, IsOrganisationId, PageQuery } from '@hpc-access/http';
import { IsOptional, IsString, Length } from 'class-validator';
import { ETHICS_STAFF } from '../../ethics-review-roles';
import { ETHICS_DB, ETHICS_OPTIONS, type EthicsOptionsShape } from '../../ethics-review.tokens';
import { ReviewerView } from '../register-reviewer/reviewer.view';
import { listReviewers } from './reviewer-summaries.queries';

export class ListReviewersQuery extends PageQuery {
  @IsOrganisationId({ optional: true }) organisationId?: string;
  @ApiPropertyOptional({ description: 'Reviewers with this expertise' }) @IsOptional() @IsString() @Length(2, 100) expertise?: string;
}

@ApiTags('ethics reviewers')
@ApiBearerAuth()
@Controller('api/ethics/reviewers')
export class ListReviewersController {
  constructor(@Inject(ETHICS_DB) private readonly db: Sql, @Inject(ETHICS_OPTIONS) private readonly options: EthicsOptionsShape) {}

  @Get()
  @Roles(...ETHICS_STAFF, 'auditor')
  @ApiOperation({ operationId: 'ethics.listReviewers', summary: 'Registered reviewers by id, filtered by affiliation and expertise; paginated' })
  @ApiPageResponse(ReviewerView)
  async list(@Query() query: ListReviewersQuery): Promise<{ page: number; pageSize: number; total: number; items: ReviewerView[] }> {
    const { rows, ...page } = await listReviewers(this.db, this.options.schema, { organisationId: query.organisationId, expertise: query.expertise }, query);
    return { ...page, items: rows };
  }
}

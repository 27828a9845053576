import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/sql';
import { ApiPageResponse, IsOrganisationId, PageQuery } from '@hpc-access/http';
import { IsOptional, IsString, Length } from 'class-validator';
import { ETHICS_STAFF } from '../../ethics-review-roles';
import { ETHICS_DB, ETHICS_OPTIONS, type EthicsOptionsShape } from '../../ethics-review.tokens';
import { ReviewerView } from '../register-reviewer/reviewer.view';

export class ListReviewersQuery extends PageQuery {
  @IsOrganisationId({ optional: true }) organisationId?: string;
  @ApiPropertyOptional({ description: 'Reviewers with this expertise' }) @IsOptional() @IsString() @Length(2, 100) expertise?: string;
}

interface ReviewerRow {
  reviewer_id: string;
  organisation_id: string;
  expertise: string[];
  registered_at: Date;
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
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.organisationId !== undefined) where.push(`organisation_id = $${params.push(query.organisationId)}`);
    if (query.expertise !== undefined) where.push(`$${params.push(query.expertise)} = ANY(expertise)`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const table = `${this.options.schema}.ethics_reviewers`;
    const count = await this.db.query<{ total: string }>(`SELECT count(*) AS total FROM ${table} ${whereSql}`, params);
    const { rows } = await this.db.query<ReviewerRow>(
      `SELECT * FROM ${table} ${whereSql} ORDER BY reviewer_id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return {
      page,
      pageSize,
      total: Number(count.rows[0].total),
      items: rows.map((r) => ({ reviewerId: r.reviewer_id, organisationId: r.organisation_id, expertise: r.expertise, registeredAt: new Date(r.registered_at).toISOString() })),
    };
  }
}

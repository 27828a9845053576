import { caseSummariesProjection } from './cases/list-cases/case-summaries.projection';
import { reviewerSummariesProjection } from './reviewers/list-reviewers/reviewer-summaries.projection';
export { EthicsReviewModule, type EthicsReviewModuleOptions } from './ethics-review.module';
export { EthicsReviewRuntime } from './ethics-review-runtime';
export { ethicsReviewService } from './ethics-review-service';

/** The read models its runtime runs, each built for a schema: what `npm run rebuild` may rebuild (ADR 31). */
export const ethicsReviewReadModels = [caseSummariesProjection, reviewerSummariesProjection] as const;

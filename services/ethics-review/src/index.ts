export { EthicsReviewModule, type EthicsReviewModuleOptions } from './ethics-review.module';
export { EthicsReviewRuntime } from './ethics-review-runtime';
export { ethicsReviewService } from './ethics-review-service';

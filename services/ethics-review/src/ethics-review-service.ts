import type { ServiceDefinition } from '@hpc-access/service-host';
import { EthicsReviewModule } from './ethics-review.module';

/** Ethics review as a process of its own (distributed mode). */
export const ethicsReviewService: ServiceDefinition = {
  name: 'ethics-review',
  schema: 'ethics',
  description: 'Ethics cases: reviewers with conflict-of-interest checks, ratings per principle, the chair decision',
  module: ({ db, bus, clock, schema }) => EthicsReviewModule.register({ db, bus, clock, schema }),
};

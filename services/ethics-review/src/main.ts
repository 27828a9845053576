import { runService } from '@hpc-access/service-host';
import { ethicsReviewService } from './ethics-review-service';

void runService(ethicsReviewService);

import { runService } from '@hpc-access/service-host';
import { governancePledgesService } from './governance-pledges-service';

void runService(governancePledgesService);

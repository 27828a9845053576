import { runService } from '@hpc-access/service-host';
import { allocationService } from './allocation-service';

void runService(allocationService);

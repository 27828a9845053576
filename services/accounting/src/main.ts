import { runService } from '@hpc-access/service-host';
import { accountingService } from './accounting-service';

void runService(accountingService);

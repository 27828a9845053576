import { runService } from '@hpc-access/service-host';
import { auditService } from './audit-service';

void runService(auditService);

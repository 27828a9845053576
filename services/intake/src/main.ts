import { runService } from '@hpc-access/service-host';
import { intakeService } from './intake-service';

void runService(intakeService);

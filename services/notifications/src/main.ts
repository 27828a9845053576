import { runService } from '@hpc-access/service-host';
import { notificationsService } from './notifications-service';

void runService(notificationsService);

import type { ServiceDefinition } from '@hpc-access/service-host';
import { AccountingModule } from './accounting.module';

/** Accounting as a process of its own (distributed mode). */
export const accountingService: ServiceDefinition = {
  name: 'accounting',
  schema: 'accounting',
  description: 'Usage records from the sites, balances, thresholds, overuse and underuse',
  module: ({ db, bus, clock, schema }) => AccountingModule.register({ db, bus, clock, schema }),
};

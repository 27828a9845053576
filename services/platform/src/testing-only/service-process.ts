import { runService } from '@hpc-access/service-host';
import { serviceDefinition } from '../distributed/service-catalogue';
import { testServiceOverrides } from './service-overrides';

// One service as the distributed tests run it: the production host with the test's overrides.
const name = process.argv[2];
if (!name) throw new Error('usage: service-process.js <service name>');
void runService(serviceDefinition(name), testServiceOverrides(name));

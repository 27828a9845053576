import { structuredLogger } from '@hpc-access/http';
import { mockKafkaBusOptions } from '@hpc-access/messaging/testing-only';
import { runService } from '@hpc-access/service-host';
import { FileClock } from '@hpc-access/testing';
import { serviceDefinition } from '../distributed/service-catalogue';

// One service as the distributed tests run it: the production host, with the test broker's
// settings (ARCHITECTURE.md section 8) and a clock the test moves through a file.
const name = process.argv[2];
if (!name) throw new Error('usage: service-process.js <service name>');
const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
const clockFile = process.env.HPC_TEST_CLOCK_FILE;
const onFatal = (error: Error, where: { topic: string; group: string }) => {
  console.error(`${name}: consumer of ${where.topic} (${where.group}) crashed for good: ${error.message}`);
  process.exit(1);
};
void runService(serviceDefinition(name), {
  bus: { ...mockKafkaBusOptions({ brokers }, structuredLogger(`${name}.bus`), onFatal), clientId: name },
  ...(clockFile ? { clock: new FileClock(clockFile) } : {}),
});

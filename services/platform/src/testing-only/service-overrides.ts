import { structuredLogger } from '@hpc-access/http';
import { mockKafkaBusOptions } from '@hpc-access/messaging/testing-only';
import type { ServiceHostOverrides } from '@hpc-access/service-host';
import { FileClock } from '@hpc-access/testing';

/**
 * A service's host settings as the distributed tests and the bench run it: the test broker's
 * settings (ARCHITECTURE.md section 8), a consumer that crashes for good ends the process, and a
 * clock the test moves through a file (HPC_TEST_CLOCK_FILE) when one is given.
 */
export function testServiceOverrides(name: string, env: NodeJS.ProcessEnv = process.env): ServiceHostOverrides {
  const brokers = (env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  const clockFile = env.HPC_TEST_CLOCK_FILE;
  const onFatal = (error: Error, where: { topic: string; group: string }) => {
    console.error(`${name}: consumer of ${where.topic} (${where.group}) crashed for good: ${error.message}`);
    process.exit(1);
  };
  return {
    bus: { ...mockKafkaBusOptions({ brokers }, structuredLogger(`${name}.bus`), onFatal), clientId: name },
    ...(clockFile ? { clock: new FileClock(clockFile) } : {}),
  };
}

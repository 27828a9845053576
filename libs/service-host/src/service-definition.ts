import type { DynamicModule } from '@nestjs/common';
import type { Clock } from '@hpc-access/eventsourcing';
import type { Database } from '@hpc-access/eventstore-postgres';
import type { MessageBus } from '@hpc-access/messaging';

/** What it takes to run one bounded context as a process of its own (distributed mode). */
export interface ServiceDefinition {
  /** `intake`: also the default database schema and the Kafka client id. */
  name: string;
  /** One line for the OpenAPI document. */
  description: string;
  module(deps: { db: Database; bus: MessageBus; clock: Clock; schema: string }): DynamicModule;
}

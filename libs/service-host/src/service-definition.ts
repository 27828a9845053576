import type { DynamicModule } from '@nestjs/common';
import type { Clock } from '@hpc-access/eventsourcing';
import type { Database } from '@hpc-access/sql';
import type { MessageBus } from '@hpc-access/messaging';

/** What it takes to run one bounded context as a process of its own (distributed mode). */
export interface ServiceDefinition {
  /** `intake`: names the process, its Kafka client id and its entry point. */
  name: string;
  /** The database schema of its events and read models, unless `SCHEMA` says otherwise. */
  schema: string;
  /** One line for the OpenAPI document. */
  description: string;
  module(deps: { db: Database; bus: MessageBus; clock: Clock; schema: string }): DynamicModule;
}

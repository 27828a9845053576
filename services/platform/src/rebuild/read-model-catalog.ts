import { accountingReadModels } from '@hpc-access/accounting';
import { allocationReadModels } from '@hpc-access/allocation';
import { ethicsReviewReadModels } from '@hpc-access/ethics-review';
import { governancePledgesReadModels } from '@hpc-access/governance-pledges';
import { INTAKE_PERSONAL_DATA, intakeReadModels } from '@hpc-access/intake';
import { EncryptingEventStore, PersonalDataCipher, type EventStore } from '@hpc-access/eventsourcing';
import { PostgresEventStore, PostgresPersonalDataKeys, type ProjectionInSchema } from '@hpc-access/eventstore-postgres';
import type { Database } from '@hpc-access/sql';

/** One service's read models as a rebuild sees them: its schema, the store its runner reads, its projections. */
export interface ServiceReadModels {
  /** The schema the platform (and distributed mode) gives the service. */
  schema: string;
  projections: readonly ProjectionInSchema[];
  /** The store as the service's runner reads it: intake's projections see personal data in clear. */
  store(db: Database, schema: string): EventStore;
}

const raw = (db: Database, schema: string) => new PostgresEventStore(db, { schema });

export const READ_MODELS: Readonly<Record<string, ServiceReadModels>> = {
  intake: {
    schema: 'intake',
    projections: intakeReadModels,
    store: (db, schema) => new EncryptingEventStore(raw(db, schema), new PersonalDataCipher(new PostgresPersonalDataKeys(db, { schema }), INTAKE_PERSONAL_DATA)),
  },
  'governance-pledges': { schema: 'governance', projections: governancePledgesReadModels, store: raw },
  'ethics-review': { schema: 'ethics', projections: ethicsReviewReadModels, store: raw },
  allocation: { schema: 'allocation', projections: allocationReadModels, store: raw },
  accounting: { schema: 'accounting', projections: accountingReadModels, store: raw },
};

/** A service or projection name the catalog does not know; the message lists the valid ones. */
export class UnknownReadModelError extends Error {}

/** The service's read models, or an error naming the services there are. */
export function serviceReadModels(service: string): ServiceReadModels {
  const found = Object.hasOwn(READ_MODELS, service) ? READ_MODELS[service] : undefined;
  if (!found) throw new UnknownReadModelError(`no service named ${JSON.stringify(service)}; services: ${Object.keys(READ_MODELS).join(', ')}`);
  return found;
}

/** The projection names of a service (checkpoint names, e.g. ethics-review.reviewers). */
export function projectionNames(models: ServiceReadModels): string[] {
  return models.projections.map((build) => build(models.schema).name);
}

/** The projection by its name, or an error listing the service's projections. */
export function projectionNamed(service: string, models: ServiceReadModels, name: string): ProjectionInSchema {
  const found = models.projections.find((build) => build(models.schema).name === name);
  if (!found) throw new UnknownReadModelError(`service ${service} has no projection named ${JSON.stringify(name)}; its projections: ${projectionNames(models).join(', ')}`);
  return found;
}

import { readFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { fold, notFound, type EventStore } from '@hpc-access/eventsourcing';
import { ALLOCATION_OPTIONS, ALLOCATION_STORE, type AllocationOptionsShape } from '../allocation.tokens';
import { CONFIGURATION_STREAM, type AllocationConfiguration, type ConfigurationEvent } from './domain/configuration';
import { configurationDecider } from './domain/configuration.decide';

/** Reads the configuration stream; the seed file only matters for the very first event. */
@Injectable()
export class ConfigurationService {
  constructor(
    @Inject(ALLOCATION_STORE) private readonly store: EventStore,
    @Inject(ALLOCATION_OPTIONS) private readonly options: AllocationOptionsShape,
  ) {}

  async load(store: EventStore = this.store): Promise<{ configuration: AllocationConfiguration; revision: number }> {
    const events = await store.readStream(CONFIGURATION_STREAM);
    const { configuration } = fold(configurationDecider, events.map((e) => ({ type: e.type, data: e.data }) as ConfigurationEvent));
    if (!configuration) throw notFound('configuration-not-seeded', 'the allocation configuration has not been seeded yet');
    return { configuration, revision: events.length - 1 };
  }

  async current(store: EventStore = this.store): Promise<AllocationConfiguration> {
    return (await this.load(store)).configuration;
  }

  readSeed(): AllocationConfiguration {
    const { $comment: _comment, ...seed } = JSON.parse(readFileSync(this.options.seedPath, 'utf8')) as AllocationConfiguration & { $comment?: string };
    return seed;
  }
}

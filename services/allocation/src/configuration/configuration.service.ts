import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@hpc-access/eventsourcing';
import { readSeedFile, type CurrentConfiguration } from '@hpc-access/versioned-configuration';
import { ALLOCATION_OPTIONS, ALLOCATION_STORE, type AllocationOptionsShape } from '../allocation.tokens';
import type { AllocationConfiguration } from './domain/configuration';
import { allocationConfiguration } from './domain/configuration.decide';

/** Reads the configuration stream; the seed file only matters for the very first event. */
@Injectable()
export class ConfigurationService {
  constructor(
    @Inject(ALLOCATION_STORE) private readonly store: EventStore,
    @Inject(ALLOCATION_OPTIONS) private readonly options: AllocationOptionsShape,
  ) {}

  /** `store` is a transaction's view when a command reads inside its unit of work. */
  load(store: EventStore = this.store): Promise<CurrentConfiguration<AllocationConfiguration>> {
    return allocationConfiguration.current(store);
  }

  async current(store: EventStore = this.store): Promise<AllocationConfiguration> {
    return (await this.load(store)).configuration;
  }

  readSeed(): AllocationConfiguration {
    return readSeedFile<AllocationConfiguration>(this.options.seedPath);
  }
}

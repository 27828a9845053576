import { Inject, Injectable } from '@nestjs/common';
import { fold, handleCommand, notFound, type EventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import { parseIfMatch } from '@hpc-access/http';
import { commandContext, type Caller } from '@hpc-access/auth';
import { ACCOUNTING_CLOCK, ACCOUNTING_STORE, type Clock } from '../accounting.tokens';
import { configurationDecider } from './domain/configuration.decide';
import { CONFIGURATION_STREAM, type AccountingConfiguration, type ConfigurationEvent } from './domain/configuration';

export interface CurrentConfiguration {
  configuration: AccountingConfiguration;
  revision: number;
}

/** The configuration stream: seeded once, read for every charge, changed by staff. */
@Injectable()
export class AccountingConfigurationService {
  constructor(@Inject(ACCOUNTING_STORE) private readonly store: EventStore, @Inject(ACCOUNTING_CLOCK) private readonly clock: Clock) {}

  async current(store: EventStore = this.store): Promise<CurrentConfiguration> {
    const events = await store.readStream(CONFIGURATION_STREAM);
    const { configuration } = fold(configurationDecider, events.map(asEvent));
    if (!configuration) throw notFound('configuration-not-seeded', 'accounting has no configuration yet');
    return { configuration, revision: events.length - 1 };
  }

  async seed(configuration: AccountingConfiguration, correlationId: string): Promise<void> {
    const now = this.clock.now();
    const actor = { id: 'accounting', role: 'system' };
    await handleCommand(this.store, configurationDecider, CONFIGURATION_STREAM, { type: 'SeedConfiguration', data: { configuration }, context: { now, actor } }, { now, actor, correlationId });
  }

  async change(configuration: AccountingConfiguration, caller: Caller, ifMatch: string | undefined): Promise<CurrentConfiguration> {
    const expectedRevision = parseIfMatch(ifMatch);
    const context = commandContext(caller, this.clock.now());
    const result = await handleCommand(
      this.store,
      configurationDecider,
      CONFIGURATION_STREAM,
      { type: 'ChangeConfiguration', data: { configuration }, context },
      { now: context.now, actor: { id: caller.actor.id, role: caller.actor.role }, correlationId: caller.correlationId },
      { expectedRevision },
    );
    return { configuration: result.state.configuration as AccountingConfiguration, revision: result.revision };
  }

  history(): Promise<RecordedEvent[]> {
    return this.store.readStream(CONFIGURATION_STREAM);
  }
}

const asEvent = (e: RecordedEvent) => ({ type: e.type, data: e.data }) as ConfigurationEvent;

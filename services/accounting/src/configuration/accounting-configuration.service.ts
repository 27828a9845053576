import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@hpc-access/eventsourcing';
import { parseIfMatch } from '@hpc-access/http';
import { commandContext, type Caller } from '@hpc-access/auth';
import type { ConfigurationVersion, CurrentConfiguration as Current } from '@hpc-access/versioned-configuration';
import { ACCOUNTING_CLOCK, ACCOUNTING_STORE, type Clock } from '../accounting.tokens';
import { accountingConfiguration } from './domain/configuration.decide';
import type { AccountingConfiguration } from './domain/configuration';

export type CurrentConfiguration = Current<AccountingConfiguration>;

/** The configuration stream: seeded once, read for every charge, changed by staff. */
@Injectable()
export class AccountingConfigurationService {
  constructor(@Inject(ACCOUNTING_STORE) private readonly store: EventStore, @Inject(ACCOUNTING_CLOCK) private readonly clock: Clock) {}

  /** `store` is a transaction's view when a consumer charges inside its inbox transaction. */
  current(store: EventStore = this.store): Promise<CurrentConfiguration> {
    return accountingConfiguration.current(store);
  }

  async seed(configuration: AccountingConfiguration, correlationId: string): Promise<void> {
    await accountingConfiguration.seed(this.store, configuration, { now: this.clock.now(), actor: { id: 'accounting', role: 'system' } }, { correlationId });
  }

  change(configuration: AccountingConfiguration, caller: Caller, ifMatch: string | undefined): Promise<CurrentConfiguration> {
    return accountingConfiguration.change(this.store, { configuration }, commandContext(caller, this.clock.now()), {
      correlationId: caller.correlationId,
      expectedRevision: parseIfMatch(ifMatch),
    });
  }

  history(): Promise<ConfigurationVersion[]> {
    return accountingConfiguration.history(this.store);
  }
}

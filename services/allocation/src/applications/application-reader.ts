import { Inject, Injectable } from '@nestjs/common';
import { assertMayActOnSystem, type Caller } from '@hpc-access/auth';
import { fold, notFound, type EventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import { systemScope } from '../allocation-roles';
import { ALLOCATION_STORE } from '../allocation.tokens';
import { ConfigurationService } from '../configuration/configuration.service';
import { applicationDecider } from './domain/allocation-application.decide';
import { applicationStreamId, type ApplicationEvent, type ApplicationState } from './domain/allocation-application';
import { ApplicationSummaries } from './read-models/application-summaries';

export interface ApplicationResult {
  state: ApplicationState;
  revision: number;
}

/** Allocation's record of one application, as the routes on it read it. */
@Injectable()
export class ApplicationReader {
  constructor(
    @Inject(ALLOCATION_STORE) private readonly store: EventStore,
    private readonly summaries: ApplicationSummaries,
    private readonly configs: ConfigurationService,
  ) {}

  async load(applicationId: string): Promise<ApplicationResult & { events: RecordedEvent[] }> {
    const events = await this.store.readStream(applicationStreamId(applicationId));
    if (events.length === 0) throw notFound('application-not-found', `allocation knows no application ${applicationId}`);
    const state = fold(applicationDecider, events.map((e) => ({ type: e.type, data: e.data }) as ApplicationEvent));
    return { state, revision: events.length - 1, events };
  }

  /**
   * Loads the application and refuses a site-scoped caller (403 naming the system) when its site
   * does not host the system asked for. Before registration the stream has no request yet: the
   * system comes from the read model, which has it from the submission.
   */
  async loadFor(id: string, caller: Caller): Promise<ApplicationResult & { events: RecordedEvent[] }> {
    const loaded = await this.load(id);
    const scope = await systemScope(caller, this.configs);
    if (scope.kind === 'site') {
      const system = loaded.state.request?.system ?? (await this.summaries.systemOf(id));
      assertMayActOnSystem(scope, system);
    }
    return loaded;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { fold, handleCommand, notFound, type Decider, type EventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import { OrganisationCommands, type CommandMeta } from '../organisations/organisation-commands';
import { ProgrammeConfiguration } from '../programme/programme-configuration';
import { CLOCK, INTAKE_STORE, type Clock } from '../intake.tokens';
import { commandContext, type Caller } from '../caller';
import { parseIfMatch } from '@hpc-access/http';
import { applicationDecider, type ApplicationCommand } from './domain/application.decide';
import { applicationStreamId, type ApplicationEvent, type ApplicationState, type ExistingApplication } from './domain/application';
import { assertMayAccessOrganisation, type OrganisationActor } from '@hpc-access/auth';
import type { ScreeningFacts } from './domain/eligibility';
import { governanceHold, isBarred } from '../organisations/domain/organisation.decide';

/** Runs application commands and reads single applications straight from their stream. */
@Injectable()
export class ApplicationCommands {
  private readonly decider;

  constructor(
    @Inject(INTAKE_STORE) private readonly store: EventStore,
    private readonly programme: ProgrammeConfiguration,
    private readonly organisations: OrganisationCommands,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    // Folding never consults the rules; deciding does, with the rules in force at that moment.
    this.decider = applicationDecider(programme.latest());
  }

  /**
   * Reads the application's stream once: the organisation check runs on the state the command is
   * decided on (inside handleCommand), not on a read of its own before it.
   */
  async execute(applicationId: string, command: ApplicationCommand, meta: CommandMeta): Promise<{ application: ExistingApplication; revision: number }> {
    // Applicants act only on their organisation's applications; checked before deciding.
    if (command.type === 'DraftApplication') assertMayAccessOrganisation(command.context.actor, command.data.organisationId);
    const decider = onlyForItsOrganisation(applicationDecider((await this.programme.current()).rules), command.context.actor);
    const result = await handleCommand(this.store, decider, applicationStreamId(applicationId), command, {
      now: command.context.now,
      actor: { id: command.context.actor.id, role: command.context.actor.role },
      correlationId: meta.correlationId,
      causationId: meta.causationId ?? null,
    }, { expectedRevision: meta.expectedRevision });
    if (result.state.status === 'none') throw notFound('application-not-found', `application ${applicationId} does not exist`);
    return { application: result.state, revision: result.revision };
  }

  /** What every command route does: the caller's command at the revision they named in If-Match. */
  run<T extends ApplicationCommand['type']>(
    applicationId: string,
    caller: Caller,
    ifMatch: string | undefined,
    type: T,
    data: Extract<ApplicationCommand, { type: T }>['data'],
  ): Promise<{ application: ExistingApplication; revision: number }> {
    const expectedRevision = parseIfMatch(ifMatch);
    const command = { type, data, context: commandContext(caller, this.clock.now()) } as ApplicationCommand;
    return this.execute(applicationId, command, { correlationId: caller.correlationId, expectedRevision });
  }

  async load(applicationId: string): Promise<{ state: ExistingApplication; revision: number; events: RecordedEvent[] }> {
    const events = await this.store.readStream(applicationStreamId(applicationId));
    const state = fold(this.decider, events.map((e) => ({ type: e.type, data: e.data }) as ApplicationEvent));
    if (state.status === 'none') throw notFound('application-not-found', `application ${applicationId} does not exist`);
    return { state, revision: events.length - 1, events };
  }

  /** The screening facts of an application's organisation. */
  async screeningFactsOf(applicationId: string): Promise<ScreeningFacts> {
    const { state } = await this.load(applicationId);
    return this.screeningFacts(state.organisationId);
  }

  /** What the automatic eligibility rules need to know about the applicant's organisation. */
  async screeningFacts(organisationId: string): Promise<ScreeningFacts> {
    const found = await this.organisations.find(organisationId);
    return {
      organisation: found ? { country: found.state.country, sme: found.state.sme } : null,
      pledgeSigned: found?.state.pledge != null,
      barred: found && isBarred(found.state) ? (found.state.bar?.reason ?? 'barred') : null,
      governanceHold: found ? governanceHold(found.state) : null,
    };
  }
}

/** The decider, refusing an applicant any existing application of another organisation before it decides. */
function onlyForItsOrganisation<D extends Decider<ApplicationCommand, ApplicationState, ApplicationEvent>>(decider: D, actor: OrganisationActor): D {
  return {
    ...decider,
    decide(command, state) {
      if (state.status !== 'none') assertMayAccessOrganisation(actor, state.organisationId);
      return decider.decide(command, state);
    },
  };
}

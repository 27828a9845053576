import { Inject, Injectable } from '@nestjs/common';
import { fold, handleCommand, notFound, type EventStore } from '@hpc-access/eventsourcing';
import { organisationDecider, type OrganisationCommand } from './domain/organisation.decide';
import { organisationStreamId, type OrganisationEvent, type RegisteredOrganisation } from './domain/organisation';
import { INTAKE_STORE } from '../intake.tokens';

export interface CommandMeta {
  correlationId: string;
  causationId?: string | null;
  expectedRevision?: number;
}

/** Runs organisation commands against the event store: read, fold, decide, append. */
@Injectable()
export class OrganisationCommands {
  constructor(@Inject(INTAKE_STORE) private readonly store: EventStore) {}

  execute(organisationId: string, command: OrganisationCommand, meta: CommandMeta) {
    return handleCommand(this.store, organisationDecider, organisationStreamId(organisationId), command, {
      now: command.context.now,
      actor: { id: command.context.actor.id, role: command.context.actor.role },
      correlationId: meta.correlationId,
      causationId: meta.causationId ?? null,
    }, { expectedRevision: meta.expectedRevision });
  }

  /** The organisation as its events say now, or null when it was never registered. */
  async find(organisationId: string): Promise<{ state: RegisteredOrganisation; revision: number } | null> {
    const events = await this.store.readStream(organisationStreamId(organisationId));
    const state = fold(organisationDecider, events.map((e) => ({ type: e.type, data: e.data }) as OrganisationEvent));
    return state.status === 'registered' ? { state, revision: events.length - 1 } : null;
  }

  async get(organisationId: string) {
    const found = await this.find(organisationId);
    if (!found) throw notFound('organisation-not-found', `organisation ${organisationId} is not registered`);
    return found;
  }
}

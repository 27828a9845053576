import { assertNever, conflict, invalid, notFound, type Decider } from '@hpc-access/eventsourcing';
import type { CommandContext } from '../../command-context';
import {
  evolveOrganisation,
  initialOrganisationState,
  type ContactPerson,
  type OrganisationEvent,
  type OrganisationState,
  type SmeFacts,
} from './organisation';

export type RegisterOrganisation = {
  type: 'RegisterOrganisation';
  data: { organisationId: string; legalName: string; country: string; registrationNumber: string; sme: SmeFacts; contacts: ContactPerson[] };
  context: CommandContext;
};
/** Carried in from governance's PledgeSigned integration event. */
export type RecordPledgeSignature = {
  type: 'RecordPledgeSignature';
  data: { organisationId: string; pledgeVersion: string; signedBy: string; signedAt: string };
  context: CommandContext;
};
export type RecordPledgeWithdrawal = {
  type: 'RecordPledgeWithdrawal';
  data: { organisationId: string; withdrawnAt: string; reason: string };
  context: CommandContext;
};
export type OrganisationCommand = RegisterOrganisation | RecordPledgeSignature | RecordPledgeWithdrawal;

export function decideOrganisation(command: OrganisationCommand, state: OrganisationState): OrganisationEvent[] {
  switch (command.type) {
    case 'RegisterOrganisation': {
      if (state.status === 'registered') throw conflict('organisation-exists', `organisation ${command.data.organisationId} is already registered`);
      if (!command.data.contacts.some((c) => c.role === 'representative')) {
        throw invalid('representative-required', 'an organisation needs an authorised representative among its contacts', 'contacts');
      }
      return [{
        type: 'OrganisationRegistered',
        data: { ...command.data, registeredBy: command.context.actor.id, registeredAt: command.context.now.toISOString() },
      }];
    }
    case 'RecordPledgeSignature': {
      if (state.status !== 'registered') throw notFound('organisation-not-found', `organisation ${command.data.organisationId} is not registered`);
      // A redelivered or older signature changes nothing.
      if (state.pledge && state.pledge.version === command.data.pledgeVersion && state.pledge.signedAt >= command.data.signedAt) return [];
      return [{ type: 'PledgeSignatureRecorded', data: command.data }];
    }
    case 'RecordPledgeWithdrawal': {
      if (state.status !== 'registered') throw notFound('organisation-not-found', `organisation ${command.data.organisationId} is not registered`);
      if (!state.pledge) return [];
      return [{ type: 'PledgeWithdrawalRecorded', data: command.data }];
    }
    default:
      return assertNever(command);
  }
}

export const organisationDecider: Decider<OrganisationCommand, OrganisationState, OrganisationEvent> = {
  initialState: initialOrganisationState,
  evolve: evolveOrganisation,
  decide: decideOrganisation,
};

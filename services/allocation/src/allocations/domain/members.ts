import { assertNever, conflict, invalid, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import type { AllocationStatus } from './allocation';

/**
 * An allocation's members: the user names of its people at the hosting site, set by the applicant
 * or programme staff and turned into the site's project account (site orders). Each member keeps
 * its `personId` (the key its user name is sealed under) for as long as it stays a member.
 */
export interface Member {
  personId: string;
  userName: string;
}

/** Slurm's and POSIX's portable user names: what `sacctmgr add user` accepts everywhere. */
export const USER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
export const MEMBERS_MAX = 200;

export type MembersEvent = { type: 'AllocationMembersSet'; data: { allocationId: string; organisationId: string; members: Member[]; setAt: string } };

export interface MembersState {
  members: Member[];
}

export type MembersCommand = {
  type: 'SetMembers';
  data: {
    allocationId: string;
    organisationId: string;
    allocationStatus: AllocationStatus;
    userNames: string[];
    /** Ids for members not yet known, one per user name (minted at the edge: the decider draws nothing). */
    newPersonIds: string[];
  };
  context: CommandContext;
};

/** Kept apart from the allocation's own stream: its history and every reader of it stay free of personal data. */
export const membersStreamId = (allocationId: string): string => `allocation-members-${allocationId}`;

export const initialMembersState = (): MembersState => ({ members: [] });

export function evolveMembers(_state: MembersState, event: MembersEvent): MembersState {
  return { members: event.data.members };
}

const sameNames = (a: readonly Member[], b: readonly Member[]) => a.length === b.length && a.every((m, i) => m.userName === b[i].userName);

function decide(command: MembersCommand, state: MembersState): MembersEvent[] {
  switch (command.type) {
    case 'SetMembers': {
      const { allocationId, organisationId, allocationStatus, userNames, newPersonIds } = command.data;
      if (allocationStatus === 'closed') throw conflict('allocation-closed', 'the allocation is closed: its members were removed at the site');
      if (userNames.length > MEMBERS_MAX) throw invalid('too-many-members', `at most ${MEMBERS_MAX} members`, 'members');
      const bad = userNames.find((name) => !USER_NAME.test(name));
      if (bad !== undefined) throw invalid('invalid-user-name', `${JSON.stringify(bad)} is not a site user name (${USER_NAME.source})`, 'members');
      if (new Set(userNames).size !== userNames.length) throw invalid('duplicate-member', 'each user name once', 'members');
      const known = new Map(state.members.map((m) => [m.userName, m.personId]));
      const members = [...userNames].sort().map((userName, i) => ({ personId: known.get(userName) ?? newPersonIds[i], userName }));
      if (members.some((m) => !m.personId)) throw new Error('SetMembers needs a new person id for each user name');
      if (sameNames(members, state.members)) return [];
      return [{ type: 'AllocationMembersSet', data: { allocationId, organisationId, members, setAt: command.context.now.toISOString() } }];
    }
    default:
      return assertNever(command.type);
  }
}

export const membersDecider: Decider<MembersCommand, MembersState, MembersEvent> = {
  initialState: initialMembersState,
  evolve: evolveMembers,
  decide,
};

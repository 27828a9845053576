import { assertNever, conflict, notFound, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import type { Member } from '../../allocations/domain/members';
import { evolveSiteOrders, initialSiteOrdersState, isHeldBack, type ProjectAccount, type SiteOrder, type SiteOrderEvent, type SiteOrderKind, type SiteOrdersState } from './site-orders';

/** A reaction to one of allocation's events: the event (cause) and the id its order would get. */
interface Reaction {
  cause: string;
  orderId: string;
}

export type SiteOrderCommand =
  | { type: 'OpenProjectAccount'; data: Reaction & ProjectAccount & { gpuMinutes: number }; context: CommandContext }
  | { type: 'ChangeMembers'; data: Reaction & { members: Member[] }; context: CommandContext }
  | { type: 'SuspendProject'; data: Reaction; context: CommandContext }
  | { type: 'ResumeProject'; data: Reaction; context: CommandContext }
  | { type: 'CloseProject'; data: Reaction; context: CommandContext }
  | { type: 'ConfirmProvisionedByHand'; data: { cause: string }; context: CommandContext }
  | { type: 'AcknowledgeOrder'; data: { orderId: string; outcome: 'done' | 'failed'; error: string | null; attempt: number | null }; context: CommandContext }
  | { type: 'RetryOrder'; data: { orderId: string }; context: CommandContext };

const sameMembers = (a: readonly Member[], b: readonly Member[]) => a.length === b.length && a.every((m, i) => m.userName === b[i].userName);

function issue(state: SiteOrdersState, reaction: Reaction, kind: SiteOrderKind, members: Member[], gpuMinutes: number | null, at: string, project = state.project): SiteOrderEvent[] {
  if (!project) return [];
  const { cause, orderId } = reaction;
  return [{ type: 'SiteOrderIssued', data: { ...project, orderId, seq: state.orders.length + 1, kind, members, gpuMinutes, cause, issuedAt: at } }];
}

function orderOf(state: SiteOrdersState, orderId: string): SiteOrder {
  const order = state.orders.find((o) => o.orderId === orderId);
  if (!order) throw notFound('order-not-found', `no order ${orderId}`);
  return order;
}

function acknowledge(state: SiteOrdersState, order: SiteOrder, outcome: 'done' | 'failed', error: string | null, named: number | null, at: string): SiteOrderEvent[] {
  // A late answer about an earlier attempt (an agent's retry after staff retried the order) must
  // not decide the current one.
  if (named !== null && named !== order.attempt) throw conflict('attempt-superseded', `order ${order.orderId} is at attempt ${order.attempt}, not ${named}`, 'attempt');
  // The same acknowledgement again (an agent retrying after a lost answer) changes nothing.
  if (order.status === outcome) return [];
  if (order.status === 'done') throw conflict('order-already-done', `order ${order.orderId} is already done`, 'outcome');
  if (isHeldBack(state, order)) throw conflict('earlier-order-not-done', `an earlier order of project ${order.projectId} is not done yet`);
  const { orderId, allocationId, attempt } = order;
  return outcome === 'done'
    ? [{ type: 'SiteOrderCompleted', data: { orderId, allocationId, attempt, completedBy: 'site', completedAt: at } }]
    : [{ type: 'SiteOrderFailed', data: { orderId, allocationId, attempt, error, failedAt: at } }];
}

function decide(command: SiteOrderCommand, state: SiteOrdersState): SiteOrderEvent[] {
  const at = command.context.now.toISOString();
  if ('cause' in command.data && state.causes.includes(command.data.cause)) return [];
  switch (command.type) {
    case 'OpenProjectAccount': {
      if (state.project) return [];
      const { cause, orderId, gpuMinutes, ...project } = command.data;
      return issue(state, { cause, orderId }, 'create-project', state.members, gpuMinutes, at, project);
    }
    case 'ChangeMembers':
      if (state.closed || sameMembers(state.members, command.data.members)) return [];
      return issue(state, command.data, 'set-members', command.data.members, null, at);
    case 'SuspendProject':
      return state.closed ? [] : issue(state, command.data, 'suspend', [], 0, at);
    case 'ResumeProject':
      return state.closed ? [] : issue(state, command.data, 'resume', [], state.gpuMinutes, at);
    case 'CloseProject':
      // The members go with it: the site removes these users from the account.
      return state.closed ? [] : issue(state, command.data, 'close', state.members, null, at);
    case 'ConfirmProvisionedByHand': {
      const create = state.orders.find((o) => o.kind === 'create-project');
      if (!create || create.status === 'done') return [];
      return [{ type: 'SiteOrderCompleted', data: { orderId: create.orderId, allocationId: create.allocationId, attempt: create.attempt, completedBy: 'manual-provisioning', completedAt: at } }];
    }
    case 'AcknowledgeOrder':
      return acknowledge(state, orderOf(state, command.data.orderId), command.data.outcome, command.data.error, command.data.attempt, at);
    case 'RetryOrder': {
      const order = orderOf(state, command.data.orderId);
      if (order.status !== 'failed') throw conflict('order-not-failed', `order ${order.orderId} is ${order.status}: only a failed order is retried`);
      return [{ type: 'SiteOrderRetried', data: { orderId: order.orderId, allocationId: order.allocationId, attempt: order.attempt + 1, retriedAt: at } }];
    }
    default:
      return assertNever(command);
  }
}

export const siteOrdersDecider: Decider<SiteOrderCommand, SiteOrdersState, SiteOrderEvent> = {
  initialState: initialSiteOrdersState,
  evolve: evolveSiteOrders,
  decide,
};

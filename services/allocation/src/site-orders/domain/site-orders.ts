import type { Member } from '../../allocations/domain/members';

/**
 * What a hosting site must do at its Slurm for one allocation's project account, in the order
 * issued (ADR 17). One stream per allocation: its orders' sequence, and what the project should be
 * (members, limit, suspended, closed), so each reaction decides its order from this alone.
 */
export const SITE_ORDER_KINDS = ['create-project', 'set-members', 'set-limit', 'suspend', 'resume', 'close'] as const;
export type SiteOrderKind = (typeof SITE_ORDER_KINDS)[number];
export const SITE_ORDER_STATUSES = ['pending', 'done', 'failed'] as const;
export type SiteOrderStatus = (typeof SITE_ORDER_STATUSES)[number];
/** Who said an order is done: the site's agent, or the site confirming provisioning by hand. */
export type CompletedBy = 'site' | 'manual-provisioning';

export interface ProjectAccount {
  allocationId: string;
  organisationId: string;
  projectId: string;
  siteId: string;
  system: string;
  partition: string;
}

export interface SiteOrder extends ProjectAccount {
  orderId: string;
  seq: number;
  kind: SiteOrderKind;
  members: Member[];
  gpuMinutes: number | null;
  status: SiteOrderStatus;
  attempt: number;
  lastError: string | null;
  issuedAt: string;
  acknowledgedAt: string | null;
}

export type SiteOrderEvent =
  | { type: 'SiteOrderIssued'; data: ProjectAccount & { orderId: string; seq: number; kind: SiteOrderKind; members: Member[]; gpuMinutes: number | null; cause: string; issuedAt: string } }
  | { type: 'SiteOrderCompleted'; data: { orderId: string; allocationId: string; attempt: number; completedBy: CompletedBy; completedAt: string } }
  | { type: 'SiteOrderFailed'; data: { orderId: string; allocationId: string; attempt: number; error: string | null; failedAt: string } }
  | { type: 'SiteOrderRetried'; data: { orderId: string; allocationId: string; attempt: number; retriedAt: string } };

export interface SiteOrdersState {
  project: ProjectAccount | null;
  /** The award's limit in GPU-minutes: what a resumption restores. */
  gpuMinutes: number | null;
  members: Member[];
  closed: boolean;
  /** The events already reacted to: a reaction delivered twice issues nothing the second time. */
  causes: string[];
  orders: SiteOrder[];
}

export const siteOrdersStreamId = (allocationId: string): string => `site-orders-${allocationId}`;

export const initialSiteOrdersState = (): SiteOrdersState => ({ project: null, gpuMinutes: null, members: [], closed: false, causes: [], orders: [] });

function updateOrder(state: SiteOrdersState, orderId: string, change: Partial<SiteOrder>): SiteOrdersState {
  return { ...state, orders: state.orders.map((o) => (o.orderId === orderId ? { ...o, ...change } : o)) };
}

export function evolveSiteOrders(state: SiteOrdersState, event: SiteOrderEvent): SiteOrdersState {
  switch (event.type) {
    case 'SiteOrderIssued': {
      const { orderId, seq, kind, members, gpuMinutes, cause, issuedAt, ...project } = event.data;
      const order: SiteOrder = { ...project, orderId, seq, kind, members, gpuMinutes, status: 'pending', attempt: 1, lastError: null, issuedAt, acknowledgedAt: null };
      return {
        project: state.project ?? project,
        gpuMinutes: kind === 'create-project' || kind === 'set-limit' ? gpuMinutes : state.gpuMinutes,
        members: kind === 'create-project' || kind === 'set-members' ? members : state.members,
        closed: state.closed || kind === 'close',
        causes: [...state.causes, cause],
        orders: [...state.orders, order],
      };
    }
    case 'SiteOrderCompleted':
      return updateOrder(state, event.data.orderId, { status: 'done', acknowledgedAt: event.data.completedAt });
    case 'SiteOrderFailed':
      return updateOrder(state, event.data.orderId, { status: 'failed', lastError: event.data.error, acknowledgedAt: event.data.failedAt });
    case 'SiteOrderRetried':
      return updateOrder(state, event.data.orderId, { status: 'pending', attempt: event.data.attempt, acknowledgedAt: null });
  }
}

/** An order is due at the site once every earlier order of its project is done: applied in list order, always right. */
export function isHeldBack(state: SiteOrdersState, order: SiteOrder): boolean {
  return state.orders.some((o) => o.seq < order.seq && o.status !== 'done');
}

import type { SiteOrder } from '../platform/site-order';
import { accountOf } from '../slurm/names';

/** What the platform's done orders say Slurm should hold for one project. */
export interface DesiredAccount {
  account: string;
  projectId: string;
  allocationId: string;
  members: string[];
  /** The limit Slurm should have: the award's GPU-minutes, 0 while suspended. */
  gpuMinutes: number | null;
  status: 'open' | 'suspended' | 'closed';
}

/** Folds the done orders of this agent's system, in issue order, into what Slurm should hold. */
export function desiredAccounts(doneOrders: readonly SiteOrder[], system: string): Map<string, DesiredAccount> {
  const accounts = new Map<string, DesiredAccount>();
  for (const order of doneOrders) {
    if (order.system !== system) continue;
    const account = accountOf(order.projectId);
    const entry = accounts.get(account);
    if (order.kind === 'create-project') {
      accounts.set(account, { account, projectId: order.projectId, allocationId: order.allocationId, members: [...order.members].sort(), gpuMinutes: order.gpuMinutes, status: 'open' });
      continue;
    }
    if (!entry) continue;
    switch (order.kind) {
      case 'set-members':
        entry.members = [...order.members].sort();
        break;
      case 'set-limit':
        if (entry.status !== 'suspended') entry.gpuMinutes = order.gpuMinutes;
        break;
      case 'suspend':
        entry.status = 'suspended';
        entry.gpuMinutes = 0;
        break;
      case 'resume':
        entry.status = 'open';
        entry.gpuMinutes = order.gpuMinutes;
        break;
      case 'close':
        entry.status = 'closed';
        entry.members = [];
        break;
    }
  }
  return accounts;
}

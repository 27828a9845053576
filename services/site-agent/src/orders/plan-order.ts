import type { SiteOrder } from '../platform/site-order';
import type { SlurmAccount } from '../slurm/associations';
import { accountOf, checkedMinutes, checkedUser } from '../slurm/names';

/** One sacctmgr call (arguments after `sacctmgr -i`) and why. */
export interface SacctmgrStep {
  args: string[];
  does: string;
}

export type OrderPlan = { steps: SacctmgrStep[] } | { refused: string };

/**
 * What sacctmgr must run to carry out an order, given what Slurm holds now (`current`, undefined
 * when the account does not exist). Only what is missing is done, so applying an order twice
 * changes nothing the second time: an order retried after a crash, or acknowledged late, is safe.
 * Throws NameError for a name that cannot reach sacctmgr.
 */
export function planOrder(order: SiteOrder, cluster: string, current: SlurmAccount | undefined): OrderPlan {
  const account = accountOf(order.projectId);
  const members = [...new Set(order.members.map(checkedUser))];
  const users = current?.users ?? [];
  const addUser = (user: string): SacctmgrStep => ({ args: ['add', 'user', user, `Account=${account}`, `Cluster=${cluster}`], does: `add user ${user} to ${account}` });
  const removeUser = (user: string): SacctmgrStep => ({ args: ['remove', 'user', user, 'where', `Account=${account}`, `Cluster=${cluster}`], does: `remove user ${user} from ${account}` });
  const setLimit = (minutes: number): SacctmgrStep[] =>
    current?.gpuMinutes === minutes ? [] : [{ args: ['modify', 'account', 'where', `Name=${account}`, `Cluster=${cluster}`, 'set', `GrpTRESMins=gres/gpu=${checkedMinutes(minutes)}`], does: `limit ${account} to ${minutes} GPU-minutes` }];

  switch (order.kind) {
    case 'create-project': {
      if (order.gpuMinutes === null) return { refused: 'create-project without gpuMinutes' };
      const steps: SacctmgrStep[] = [];
      if (!current) {
        // The limit goes on with the account, so no job can run under it unlimited even for a moment.
        steps.push({
          args: ['add', 'account', account, `Cluster=${cluster}`, `Description=${order.projectId}`, 'Organization=hpc-access', `GrpTRESMins=gres/gpu=${checkedMinutes(order.gpuMinutes)}`],
          does: `add account ${account} limited to ${order.gpuMinutes} GPU-minutes`,
        });
      } else {
        steps.push(...setLimit(order.gpuMinutes));
      }
      steps.push(...members.filter((m) => !users.includes(m)).map(addUser));
      return { steps };
    }
    case 'set-members': {
      if (!current) return { refused: `account ${account} does not exist on cluster ${cluster}` };
      return { steps: [...members.filter((m) => !users.includes(m)).map(addUser), ...users.filter((u) => !members.includes(u)).map(removeUser)] };
    }
    case 'set-limit':
    case 'resume':
    case 'suspend': {
      if (!current) return { refused: `account ${account} does not exist on cluster ${cluster}` };
      // A suspension is a limit of 0: Slurm then holds new jobs (AssocGrpGRESMinutes); running ones finish.
      const minutes = order.kind === 'suspend' ? 0 : order.gpuMinutes;
      if (minutes === null) return { refused: `${order.kind} without gpuMinutes` };
      return { steps: setLimit(minutes) };
    }
    case 'close': {
      if (!current) return { steps: [] };
      // The users first (their associations), then the account's own association on this cluster;
      // the job records stay in Slurm's database under the account name.
      return {
        steps: [...users.map(removeUser), { args: ['remove', 'account', 'where', `Name=${account}`, `Cluster=${cluster}`], does: `remove account ${account} from cluster ${cluster}` }],
      };
    }
    default: {
      const unknown: never = order.kind;
      return { refused: `unknown order kind ${String(unknown)}` };
    }
  }
}

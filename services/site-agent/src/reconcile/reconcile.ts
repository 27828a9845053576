import type { SlurmAccount } from '../slurm/associations';
import type { DesiredAccount } from './desired-state';

export type DifferenceKind = 'account-missing' | 'limit-differs' | 'member-missing' | 'member-unexpected' | 'closed-account-present' | 'account-unknown-to-platform';

export interface Difference {
  kind: DifferenceKind;
  account: string;
  projectId?: string;
  /** What the platform's orders say, and what Slurm holds. */
  expected?: string;
  found?: string;
}

/**
 * Compares what Slurm holds with what the platform's done orders say. Differences are only
 * reported: someone at the site may have changed a limit on purpose, and the agent must never
 * undo a person's change, or carry out one the platform did not order, without being asked.
 * Slurm accounts outside the programme (without the prefix) are none of its business.
 */
export function reconcile(desired: ReadonlyMap<string, DesiredAccount>, slurm: ReadonlyMap<string, SlurmAccount>, projectPrefix: string): Difference[] {
  const differences: Difference[] = [];
  for (const want of desired.values()) {
    const have = slurm.get(want.account);
    const project = { account: want.account, projectId: want.projectId };
    if (want.status === 'closed') {
      if (have) differences.push({ kind: 'closed-account-present', ...project, expected: 'no account', found: `account with ${have.users.length} users` });
      continue;
    }
    if (!have) {
      differences.push({ kind: 'account-missing', ...project, expected: 'account', found: 'none' });
      continue;
    }
    if (want.gpuMinutes !== null && have.gpuMinutes !== want.gpuMinutes) {
      differences.push({ kind: 'limit-differs', ...project, expected: `GrpTRESMins=gres/gpu=${want.gpuMinutes}`, found: have.gpuMinutes === null ? 'no GPU-minute limit' : `GrpTRESMins=gres/gpu=${have.gpuMinutes}` });
    }
    for (const member of want.members) if (!have.users.includes(member)) differences.push({ kind: 'member-missing', ...project, expected: member, found: 'no association' });
    for (const user of have.users) if (!want.members.includes(user)) differences.push({ kind: 'member-unexpected', ...project, expected: 'no association', found: user });
  }
  for (const have of slurm.values()) {
    if (projectPrefix !== '' && have.account.startsWith(projectPrefix) && !desired.has(have.account)) {
      differences.push({ kind: 'account-unknown-to-platform', account: have.account, expected: 'no account', found: `account with ${have.users.length} users` });
    }
  }
  return differences;
}

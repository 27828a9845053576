/** What Slurm holds for one account on the cluster: the account's own association and its users'. */
export interface SlurmAccount {
  account: string;
  /** GrpTRESMins gres/gpu of the account's association; null when none is set. */
  gpuMinutes: number | null;
  users: string[];
}

/** `sacctmgr -nP show assoc where cluster=<c> format=Account,User,GrpTRESMins`. */
export const ASSOC_FORMAT = 'Account,User,GrpTRESMins';

/**
 * Reads `Account|User|GrpTRESMins` lines: the line without a user is the account's own
 * association (where its limit is), the others its users.
 */
export function parseAssociations(text: string): Map<string, SlurmAccount> {
  const accounts = new Map<string, SlurmAccount>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const [account = '', user = '', tresMins = ''] = line.split('|').map((field) => field.trim());
    if (account === '') continue;
    const entry = accounts.get(account) ?? { account, gpuMinutes: null, users: [] };
    if (user === '') entry.gpuMinutes = gpuMinutesOf(tresMins);
    else if (!entry.users.includes(user)) entry.users.push(user);
    accounts.set(account, entry);
  }
  for (const entry of accounts.values()) entry.users.sort();
  return accounts;
}

/** `gres/gpu=600` in a TRES list such as `cpu=100,gres/gpu=600`; null when absent. */
export function gpuMinutesOf(tres: string): number | null {
  for (const part of tres.split(',')) {
    const [key, value] = part.split('=');
    if (key === 'gres/gpu' && value !== undefined && /^\d+$/.test(value)) return Number(value);
  }
  return null;
}

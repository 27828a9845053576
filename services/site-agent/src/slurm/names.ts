/**
 * Names that reach sacctmgr's command line. Arguments go through execFile (no shell), but sacctmgr
 * parses its own `key=value` and `where` syntax: a name with `=`, spaces, commas or quotes could
 * change what it does, so only plain names pass.
 */
const ACCOUNT = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** As the platform accepts site user names (allocation's members). */
const USER = /^[a-z_][a-z0-9_-]{0,31}$/;

export class NameError extends Error {
  override readonly name = 'NameError';
}

/**
 * The Slurm account of a project: Slurm keeps account names in lower case ("The contents of
 * Slurm's database are maintained in lower case", man sacctmgr), so EHPC-AIF-2026PG01-0001 is
 * stored and reported as ehpc-aif-2026pg01-0001.
 */
export function accountOf(projectId: string): string {
  const account = projectId.toLowerCase();
  if (!ACCOUNT.test(account)) throw new NameError(`project id ${JSON.stringify(projectId)} cannot be a Slurm account name (letters, digits, . _ -, at most 64)`);
  return account;
}

export function checkedUser(name: string): string {
  if (!USER.test(name)) throw new NameError(`member ${JSON.stringify(name)} is not a site user name (${USER.source})`);
  return name;
}

export function checkedMinutes(minutes: number): number {
  if (!Number.isSafeInteger(minutes) || minutes < 0) throw new NameError(`GPU-minutes ${minutes} is not a whole number of minutes`);
  return minutes;
}

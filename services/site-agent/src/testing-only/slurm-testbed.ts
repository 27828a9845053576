import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** The one-node Slurm of infra/slurm-testbed, as the site agent's tests use it. */
export const TESTBED_CONF = process.env['SLURM_CONF'] ?? '/tmp/hpc-slurm-testbed/etc/slurm.conf';
export const TESTBED_CLUSTER = process.env['HPC_SLURM_TESTBED_CLUSTER'] ?? 'testbed';
/** Unix users start.sh creates: jobs run as their submitter, who needs an association with the account. */
export const TESTBED_USERS = ['testbed-alice', 'testbed-bob'] as const;

const env = () => ({ ...process.env, SLURM_CONF: TESTBED_CONF, TZ: 'UTC' });

/**
 * Whether the test bed answers. With HPC_TEST_SLURM=1 (CI) its absence is a failure, never a skip;
 * without, the reason is printed and the Slurm tests do not run.
 */
export function slurmAvailability(): { available: true } | { available: false; reason: string } {
  if (!existsSync(TESTBED_CONF)) return { available: false, reason: `no ${TESTBED_CONF}: start infra/slurm-testbed/start.sh (as root) or set SLURM_CONF` };
  const ping = spawnSync('sinfo', ['-h', '-o', '%t'], { env: env(), encoding: 'utf8', timeout: 10_000 });
  if (ping.error) return { available: false, reason: `sinfo cannot run: ${ping.error.message}` };
  if (ping.status !== 0 || !/idle|mix|alloc/.test(ping.stdout)) return { available: false, reason: `sinfo: ${(ping.stderr || ping.stdout).trim() || 'no idle node'}` };
  for (const user of TESTBED_USERS) {
    if (spawnSync('id', [user]).status !== 0) return { available: false, reason: `unix user ${user} missing: run infra/slurm-testbed/start.sh again` };
  }
  if (process.getuid?.() !== 0) return { available: false, reason: 'the Slurm tests submit jobs as the test bed users (runuser): run them as root' };
  return { available: true };
}

export function slurm(tool: string, args: string[]): string {
  return execFileSync(tool, args, { env: env(), encoding: 'utf8', timeout: 30_000 });
}

/** sbatch as a test bed user; returns the job id. */
export function submitJob(user: string, account: string, options: { gpus: number; seconds: number; partition?: string }): string {
  const args = ['-u', user, '--', 'sbatch', '--parsable', `--account=${account}`, `--partition=${options.partition ?? 'booster'}`, `--gres=gpu:${options.gpus}`, '--time=2', '--chdir=/tmp', '--output=/dev/null', `--wrap=sleep ${options.seconds}`];
  return execFileSync('runuser', args, { env: env(), encoding: 'utf8', timeout: 30_000 }).trim().split(';')[0]!;
}

/** `squeue` state and reason of a job, or null once it left the queue. */
export function queued(jobId: string): { state: string; reason: string } | null {
  const out = slurm('squeue', ['-h', '-j', jobId, '-o', '%T|%r']).trim();
  if (!out) return null;
  const [state = '', reason = ''] = out.split('|');
  return { state, reason };
}

export interface SacctJob {
  jobId: string;
  account: string;
  state: string;
  elapsedSeconds: number;
  gpus: number;
}

/** What sacct itself says of these jobs (the test's independent reading). */
export function sacctJobs(jobIds: string[]): SacctJob[] {
  const out = slurm('sacct', ['-a', '-X', '-n', '--parsable2', `--jobs=${jobIds.join(',')}`, '--format=JobID,Account,State,ElapsedRaw,AllocTRES']);
  return out
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [jobId = '', account = '', state = '', elapsed = '0', tres = ''] = line.split('|');
      const gpus = Number(/gres\/gpu=(\d+)/.exec(tres)?.[1] ?? 0);
      return { jobId, account, state, elapsedSeconds: Number(elapsed), gpus };
    });
}

/** `Account|User|GrpTRESMins` rows of one account. */
export function associations(account: string): { gpuMinutes: string | null; users: string[] } | null {
  const out = slurm('sacctmgr', ['-nP', 'show', 'assoc', 'where', `Cluster=${TESTBED_CLUSTER}`, `Account=${account}`, 'format=Account,User,GrpTRESMins']).trim();
  if (!out) return null;
  let gpuMinutes: string | null = null;
  const users: string[] = [];
  for (const line of out.split('\n')) {
    const [, user = '', tres = ''] = line.split('|');
    if (user) users.push(user);
    else gpuMinutes = /gres\/gpu=(\d+)/.exec(tres)?.[1] ?? null;
  }
  return { gpuMinutes, users: users.sort() };
}

/**
 * Removes an account left by an earlier run on the same test bed (a fresh platform numbers its
 * projects from 0001 again): its queued jobs, users and association. A re-created association
 * starts with no usage, as at a site that never had the project.
 */
export function forgetAccount(account: string): void {
  const existing = associations(account);
  if (!existing) return;
  spawnSync('scancel', [`--account=${account}`], { env: env(), timeout: 30_000 });
  if (existing.users.length) slurm('sacctmgr', ['-i', 'remove', 'user', existing.users.join(','), 'where', `Account=${account}`, `Cluster=${TESTBED_CLUSTER}`]);
  slurm('sacctmgr', ['-i', 'remove', 'account', 'where', `Name=${account}`, `Cluster=${TESTBED_CLUSTER}`]);
}

const LOCK = `${TESTBED_CONF.replace(/\/etc\/slurm\.conf$/, '')}/test.lock`;

/**
 * One test run at a time on the test bed: two runs each start a fresh platform, whose first
 * project has the same id, and would share (and remove) one Slurm account. Held while the run lasts;
 * a lock whose process is gone is taken over.
 */
export async function lockTestbed(timeoutMs = 300_000): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(`${LOCK}/pid`, String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      const holder = Number((() => {
        try {
          return readFileSync(`${LOCK}/pid`, 'utf8');
        } catch {
          return '0';
        }
      })());
      if (holder > 0 && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`the Slurm test bed is held by process ${holder} (${LOCK}) for ${timeoutMs / 1000} s`);
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

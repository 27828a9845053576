import { join } from 'node:path';
import type { Logger } from 'pino';
import type { AgentMetrics } from '../observability/agent-metrics';
import type { PlatformApi } from '../platform/platform-api';
import type { Sacctmgr } from '../slurm/sacctmgr';
import { writeDurably } from '../usage/checkpoint-store';
import { desiredAccounts, type DesiredAccount } from './desired-state';
import { reconcile, type Difference, type DifferenceKind } from './reconcile';

const KINDS: DifferenceKind[] = ['account-missing', 'limit-differs', 'member-missing', 'member-unexpected', 'closed-account-present', 'account-unknown-to-platform'];

/**
 * Compares Slurm with the platform's done orders and reports what differs: in the log, as a metric
 * and as `reconcile-report.json` in the state directory. It changes nothing.
 */
export class Reconciler {
  readonly reportFile: string;

  constructor(
    private readonly platform: PlatformApi,
    private readonly sacctmgr: Sacctmgr,
    private readonly config: { system: string; cluster: string; projectAccountPrefix: string; stateDir: string },
    private readonly metrics: AgentMetrics,
    private readonly log: Logger,
  ) {
    this.reportFile = join(config.stateDir, `reconcile-report.${config.system}.json`);
  }

  /** What the platform's done orders say Slurm should hold (also: which accounts' jobs are the programme's). */
  async desired(): Promise<Map<string, DesiredAccount>> {
    const { orders } = await this.platform.orders('done');
    return desiredAccounts(orders, this.config.system);
  }

  async run(): Promise<{ desired: Map<string, DesiredAccount>; differences: Difference[] }> {
    const desired = await this.desired();
    const slurm = await this.sacctmgr.associations();
    const differences = reconcile(desired, slurm, this.config.projectAccountPrefix);
    for (const kind of KINDS) this.metrics.differences.set({ kind }, differences.filter((d) => d.kind === kind).length);
    for (const difference of differences) this.log.warn({ difference }, 'Slurm differs from the platform; left as it is');
    writeDurably(
      this.reportFile,
      `${JSON.stringify({ checkedAt: new Date().toISOString(), system: this.config.system, cluster: this.config.cluster, projects: desired.size, differences }, null, 2)}\n`,
    );
    this.log.info({ projects: desired.size, differences: differences.length, report: this.reportFile }, 'reconciled Slurm with the platform');
    return { desired, differences };
  }
}

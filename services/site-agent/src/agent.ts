import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { TokenSource } from './auth/token-source';
import type { ResolvedConfig } from './config/load-config';
import { AgentMetrics } from './observability/agent-metrics';
import { startHealthServer } from './observability/health-server';
import { OrderApplier } from './orders/order-applier';
import { PlatformApi } from './platform/platform-api';
import { Reconciler } from './reconcile/reconciler';
import { accountOf } from './slurm/names';
import { Sacctmgr } from './slurm/sacctmgr';
import { execTool, type RunTool } from './slurm/slurm-tools';
import { CheckpointStore } from './usage/checkpoint-store';
import { UsagePusher } from './usage/usage-pusher';

type Part = 'orders' | 'usage' | 'reconcile';

/**
 * The agent's loop. Each round: carry out the pending orders, push the jobs finished since the
 * checkpoint, and now and then reconcile. The site only calls out (pull model): nothing listens
 * for the platform, and a round that fails is simply tried again at the next poll.
 */
export class SiteAgent {
  readonly metrics = new AgentMetrics();
  private readonly platform: PlatformApi;
  private readonly orders: OrderApplier;
  private readonly usage: UsagePusher;
  private readonly reconciler: Reconciler;
  /** Accounts of the programme's projects: only their jobs are pushed. */
  private accounts = new Set<string>();
  /**
   * Whether `accounts` has been read from the platform in this process. Until it has, usage waits:
   * pushing with an empty set would skip the programme's jobs and move the checkpoint past them,
   * losing them for good (a platform slow to answer at start-up must not cost a job record).
   */
  private accountsKnown = false;
  private lastReconcileAt = 0;
  private lastGoodRoundAt: number | undefined;
  private lastErrors: Partial<Record<Part, string>> = {};
  private stopping = false;
  private readonly startedAt = Date.now();
  private wake: (() => void) | undefined;
  private server: Server | undefined;
  port: number | undefined;

  constructor(
    private readonly config: ResolvedConfig,
    private readonly log: Logger,
    run: RunTool = execTool(config.slurm.commandTimeoutMs),
    options: { crashAfterBatches?: number } = {},
  ) {
    const tokens = new TokenSource(config.auth, config.platform.requestTimeoutMs);
    this.platform = new PlatformApi(config.platform.baseUrl, config.platform.siteId, tokens, config.platform.requestTimeoutMs);
    const sacctmgr = new Sacctmgr(run, config.slurm.sacctmgr, config.slurm.cluster);
    this.orders = new OrderApplier(this.platform, sacctmgr, config.slurm, this.metrics, log);
    this.reconciler = new Reconciler(this.platform, sacctmgr, { ...config.slurm, stateDir: config.stateDir }, this.metrics, log);
    this.usage = new UsagePusher(
      { siteId: config.platform.siteId, ...config.slurm, ...config.usage, partitions: config.partitions, crashAfterBatches: options.crashAfterBatches },
      this.platform,
      run,
      new CheckpointStore(config.stateDir, config.slurm),
      this.metrics,
      log,
    );
  }

  async start(): Promise<void> {
    mkdirSync(this.config.stateDir, { recursive: true, mode: 0o700 });
    const { server, port } = await startHealthServer(this.config.listen.host, this.config.listen.port, { healthy: () => this.healthy(), details: () => this.details() }, this.metrics);
    this.server = server;
    this.port = port;
    this.log.info({ host: this.config.listen.host, port, platform: this.config.platform.baseUrl, cluster: this.config.slurm.cluster, stateDir: this.config.stateDir }, 'site agent started: /health and /metrics');
  }

  /** Polls until stop(); each round's failures are logged and retried at the next poll. */
  async run(): Promise<void> {
    while (!this.stopping) {
      await this.round();
      if (this.stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.config.pollIntervalMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  async round(): Promise<void> {
    let ok = true;
    ok = (await this.part('orders', async () => {
      if (this.accounts.size === 0 || this.lastReconcileAt === 0) await this.refreshAccounts();
      const { applied } = await this.orders.applyPending();
      for (const order of applied) if (order.kind === 'create-project') this.accounts.add(accountOf(order.projectId));
    })) && ok;
    if (this.accountsKnown) ok = (await this.part('usage', () => this.usage.catchUp(this.programmeAccounts, () => this.stopping))) && ok;
    else this.log.warn('usage waits: the programme\'s accounts are not known yet (the orders part failed)');
    if (Date.now() - this.lastReconcileAt >= this.config.reconcileIntervalMs) {
      ok = (await this.part('reconcile', async () => {
        const { desired } = await this.reconciler.run();
        this.lastReconcileAt = Date.now();
        for (const account of desired.keys()) this.accounts.add(account);
      })) && ok;
    }
    if (ok) {
      this.lastGoodRoundAt = Date.now();
      this.metrics.lastSuccess.set(this.lastGoodRoundAt / 1000);
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /**
   * A job is the programme's when its account bears the programme's prefix (project ids, as Slurm
   * keeps them) or is one the platform ordered: the prefix does not depend on what the platform
   * answered this round, so no such job can fall behind the checkpoint unsent.
   */
  private readonly programmeAccounts = { has: (account: string) => (this.config.slurm.projectAccountPrefix !== '' && account.startsWith(this.config.slurm.projectAccountPrefix)) || this.accounts.has(account) };

  private async refreshAccounts(): Promise<void> {
    for (const account of (await this.reconciler.desired()).keys()) this.accounts.add(account);
    this.accountsKnown = true;
  }

  private async part(part: Part, work: () => Promise<unknown>): Promise<boolean> {
    try {
      await work();
      delete this.lastErrors[part];
      this.metrics.rounds.inc({ part, outcome: 'ok' });
      return true;
    } catch (error) {
      this.lastErrors[part] = (error as Error).message;
      this.metrics.rounds.inc({ part, outcome: 'error' });
      this.log.error({ part, error: (error as Error).message }, `${part} failed this round; tried again at the next poll`);
      return false;
    }
  }

  private healthy(): boolean {
    // Unhealthy once three polls in a row (and a minute of grace) went by without a good round.
    const since = this.lastGoodRoundAt ?? this.startedAt;
    return Date.now() - since < 3 * this.config.pollIntervalMs + 60_000 && (this.lastGoodRoundAt !== undefined || Object.keys(this.lastErrors).length === 0);
  }

  private details(): Record<string, unknown> {
    return {
      siteId: this.config.platform.siteId,
      system: this.config.slurm.system,
      cluster: this.config.slurm.cluster,
      lastGoodRoundAt: this.lastGoodRoundAt ? new Date(this.lastGoodRoundAt).toISOString() : null,
      errors: this.lastErrors,
      projects: this.accounts.size,
    };
  }
}

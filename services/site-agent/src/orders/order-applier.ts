import type { Logger } from 'pino';
import type { AgentMetrics } from '../observability/agent-metrics';
import { PlatformError, type PlatformApi } from '../platform/platform-api';
import type { SiteOrder } from '../platform/site-order';
import { accountOf, NameError } from '../slurm/names';
import type { Sacctmgr } from '../slurm/sacctmgr';
import { ToolError } from '../slurm/slurm-tools';
import { planOrder } from './plan-order';

/**
 * Carries out the site's pending orders of this agent's system, in the order the platform lists
 * them, and acknowledges each: `done` once Slurm holds what it asks, `failed` with sacctmgr's
 * error. A project whose order failed gets no further order this round (the platform would hold
 * them back anyway); an order of another system is another agent's.
 */
export class OrderApplier {
  constructor(
    private readonly platform: PlatformApi,
    private readonly sacctmgr: Sacctmgr,
    private readonly config: { system: string; cluster: string },
    private readonly metrics: AgentMetrics,
    private readonly log: Logger,
  ) {}

  /** Applies what is pending, in order; returns the orders done and those that failed. */
  async applyPending(): Promise<{ applied: SiteOrder[]; failed: SiteOrder[] }> {
    const { orders, malformed } = await this.platform.orders('pending');
    for (const bad of malformed) this.log.warn({ orderId: bad.orderId, reason: bad.reason }, 'order not understood; left pending');
    const applied: SiteOrder[] = [];
    const failed: SiteOrder[] = [];
    const blocked = new Set<string>();
    for (const order of orders) {
      if (order.system !== this.config.system) continue;
      if (blocked.has(order.projectId)) continue;
      const outcome = await this.applyOne(order);
      if (outcome === 'done') applied.push(order);
      else if (outcome === 'failed') {
        failed.push(order);
        blocked.add(order.projectId);
      } else blocked.add(order.projectId);
    }
    return { applied, failed };
  }

  private async applyOne(order: SiteOrder): Promise<'done' | 'failed' | 'not-acknowledged'> {
    const context = { orderId: order.orderId, kind: order.kind, projectId: order.projectId, attempt: order.attempt };
    let error: string | undefined;
    try {
      const account = accountOf(order.projectId);
      const current = (await this.sacctmgr.associations(account)).get(account);
      const plan = planOrder(order, this.config.cluster, current);
      if ('refused' in plan) error = plan.refused;
      else {
        for (const step of plan.steps) {
          this.log.info({ ...context, sacctmgr: step.args }, step.does);
          await this.sacctmgr.apply(step.args);
        }
        if (plan.steps.length === 0) this.log.info(context, 'Slurm already holds what the order asks');
      }
    } catch (caught) {
      if (caught instanceof ToolError || caught instanceof NameError) error = caught.message;
      else throw caught;
    }
    try {
      await this.platform.acknowledge(order, error === undefined ? 'done' : 'failed', error);
    } catch (caught) {
      // Not acknowledged: the order stays pending and is applied (idempotently) again next round.
      if (caught instanceof PlatformError) {
        this.log.warn({ ...context, status: caught.status, code: caught.code, error: caught.message }, 'acknowledgement refused');
        return 'not-acknowledged';
      }
      throw caught;
    }
    this.metrics.orders.inc({ kind: order.kind, outcome: error === undefined ? 'done' : 'failed' });
    if (error === undefined) this.log.info(context, 'order done');
    else this.log.error({ ...context, error }, 'order failed; acknowledged as failed');
    return error === undefined ? 'done' : 'failed';
  }
}

import { Injectable } from '@nestjs/common';
import { DomainError, notFound, type CommandContext } from '@hpc-access/eventsourcing';
import { AllocationCommands } from '../allocations/allocation-commands';
import { ConfigurationService } from '../configuration/configuration.service';
import { UnitOfWork, type Trace, type Work } from '../shared/unit-of-work';
import { siteOrdersDecider, type SiteOrderCommand } from './domain/site-orders.decide';
import { siteOrdersStreamId, type SiteOrder } from './domain/site-orders';
import { orderView } from './site-order-reader';
import type { SiteOrderView } from './site-order.view';

/** What a site and the staff do with an order: acknowledge it, retry it. */
@Injectable()
export class SiteOrderCommands {
  constructor(
    private readonly units: UnitOfWork,
    private readonly configs: ConfigurationService,
    private readonly allocations: AllocationCommands,
  ) {}

  /**
   * The site's outcome. A create-project done confirms provisioning, with the command the manual
   * route runs, in the same transaction: an allocation already confirmed (by hand) or closed stays
   * as it is.
   */
  acknowledge(allocationId: string, orderId: string, ack: { outcome: 'done' | 'failed'; error: string | null; attempt: number | null }, context: CommandContext, trace: Trace): Promise<SiteOrderView> {
    const { outcome, error, attempt } = ack;
    return this.run(allocationId, orderId, { type: 'AcknowledgeOrder', data: { orderId, outcome, error: outcome === 'failed' ? (error ?? null) : null, attempt }, context }, trace, async (w, order, changed) => {
      if (!changed || order.kind !== 'create-project' || order.status !== 'done') return;
      const { holidays } = await this.configs.current(w.store);
      await this.allocations.exec(w, allocationId, { type: 'ActivateAllocation', data: { siteReference: null, holidays }, context }).catch(ignoreConflicts);
    });
  }

  retry(allocationId: string, orderId: string, context: CommandContext, trace: Trace): Promise<SiteOrderView> {
    return this.run(allocationId, orderId, { type: 'RetryOrder', data: { orderId }, context }, trace);
  }

  private run(allocationId: string, orderId: string, command: SiteOrderCommand, trace: Trace, after?: (w: Work, order: SiteOrder, changed: boolean) => Promise<void>): Promise<SiteOrderView> {
    return this.units.run(trace, async (w) => {
      const { state, events } = await w.exec(siteOrdersDecider, siteOrdersStreamId(allocationId), command);
      const order = state.orders.find((o) => o.orderId === orderId);
      if (!order) throw notFound('order-not-found', `no order ${orderId}`);
      if (after) await after(w, order, events.length > 0);
      return orderView(order, await this.configs.current(w.store));
    });
  }
}

function ignoreConflicts(error: unknown): void {
  if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
}

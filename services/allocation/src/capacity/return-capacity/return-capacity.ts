import { Injectable } from '@nestjs/common';
import { DomainError, type CommandContext } from '@hpc-access/eventsourcing';
import { loadApplication } from '../../applications/application-stream';
import { isReadyForAward } from '../../applications/domain/allocation-application';
import { ApplicationSummaries } from '../../applications/read-models/application-summaries';
import { rank, type Candidate } from '../../calls/domain/ranking';
import { ConfigurationService } from '../../configuration/configuration.service';
import { isOrganisationBarred } from '../../organisations/organisation-bar';
import type { Work } from '../../shared/unit-of-work';
import type { AllocationTerms } from '../../allocations/domain/allocation';
import { HoldAndAward } from '../hold-and-award/hold-and-award';

/**
 * Capacity follows the allocation's life (issue 16): what an allocation closed early, revoked or
 * suspended too long gives back returns to its partition's pool in the same unit of work, and is
 * handed on at once: the continuous queue gets holds (the ledger promotes it, a ready head is
 * awarded), the Large Scale reserve list is awarded in rank order.
 */
@Injectable()
export class ReturnCapacity {
  constructor(
    private readonly steps: HoldAndAward,
    private readonly configs: ConfigurationService,
    private readonly summaries: ApplicationSummaries,
  ) {}

  async release(w: Work, context: CommandContext, terms: AllocationTerms, reason: string): Promise<void> {
    const configuration = await this.configs.current(w.store);
    const { system, partition, allocationId } = terms;
    const events = await this.steps.ledger(w, system, partition, { type: 'ReleaseAllocation', data: { allocationId, reason, terms: this.steps.terms(configuration, system, partition) }, context });
    if (terms.mode === 'large-scale' && events.some((e) => e.type === 'AllocationCapacityReleased')) await this.awardReserveList(w, context, system, partition);
  }

  /** A resumed allocation takes back what still fits of what its suspension gave away. */
  async restore(w: Work, context: CommandContext, terms: AllocationTerms): Promise<void> {
    const configuration = await this.configs.current(w.store);
    const { system, partition, allocationId } = terms;
    await this.steps.ledger(w, system, partition, { type: 'RestoreAllocation', data: { allocationId, terms: this.steps.terms(configuration, system, partition) }, context });
  }

  /**
   * The partition's reserve list, ranked as at a cut-off (weighted score, then submission); awarded
   * in that order while capacity allows, partially when the minimum fraction fits. The first that
   * does not fit stops it: nobody lower on the list overtakes it.
   */
  async awardReserveList(w: Work, context: CommandContext, system: string, partition: string): Promise<void> {
    const { scoring } = await this.configs.current(w.store);
    const candidates: Candidate[] = [];
    for (const applicationId of await this.summaries.reserveList(w.tx, system, partition)) {
      const { state } = await loadApplication(w, applicationId);
      if (state.status !== 'reserve' || !isReadyForAward(state) || !state.scores) continue;
      candidates.push({ applicationId, organisationId: state.organisationId, weightedScore: state.scores.weightedScore, submittedAt: state.submittedAt, barred: await isOrganisationBarred(w, state.organisationId) });
    }
    for (const candidate of rank(candidates, scoring.threshold)) {
      if (candidate.verdict !== 'fund-if-capacity') continue;
      const { state: app } = await loadApplication(w, candidate.applicationId);
      try {
        await this.steps.award(w, context, app, { kind: 'reserve-list', cutOffAt: context.now });
      } catch (error) {
        if (error instanceof DomainError && error.code === 'capacity-short') return;
        throw error;
      }
    }
  }
}

import { Injectable } from '@nestjs/common';
import { DomainError, notFound, type CommandContext } from '@hpc-access/eventsourcing';
import { loadApplication, onApplication } from '../../applications/application-stream';
import { isReadyForAward } from '../../applications/domain/allocation-application';
import { ApplicationSummaries } from '../../applications/read-models/application-summaries';
import { HoldAndAward } from '../../capacity/hold-and-award/hold-and-award';
import { ConfigurationService } from '../../configuration/configuration.service';
import { BARRED_REASON } from '../../organisations/domain/standing';
import { isOrganisationBarred } from '../../organisations/organisation-bar';
import type { Work } from '../../shared/unit-of-work';
import { callDecider, callStreamId } from '../domain/call';
import { inCommitteeOrder, rank, type Candidate, type RankEntry } from '../domain/ranking';

@Injectable()
export class RunCutOff {
  constructor(
    private readonly steps: HoldAndAward,
    private readonly configs: ConfigurationService,
    private readonly summaries: ApplicationSummaries,
  ) {}

  /**
   * The cut-off: every ready Large Scale application ranked by weighted score; below the
   * threshold not funded; then awarded in rank order (the committee's, when it set one: ADR 35) within capacity, partially when at least
   * the minimum fraction fits, the rest on the reserve list. One unit of work, the scheduler's
   * transaction: every decision and the ranking commit with the deadline's "fired" mark, or none
   * does and the whole cut-off runs again.
   */
  async run(w: Work, callId: string, index: number, context: CommandContext): Promise<void> {
    const { state: call, revision } = await w.load(callDecider, callStreamId(callId));
    if (revision < 0) throw notFound('call-not-found', `no call ${callId}`);
    if (call.rankings[index] || call.cutOffs[index] === undefined) return;
    const cutOffAt = new Date(call.cutOffs[index]);
    const { scoring } = await this.configs.current(w.store);
    const ranked = inCommitteeOrder(rank(await this.candidates(w), scoring.threshold), call.orders[index]?.order);
    const ranking: RankEntry[] = [];
    for (const candidate of ranked) {
      const base = { rank: candidate.rank, applicationId: candidate.applicationId, organisationId: candidate.organisationId, weightedScore: candidate.weightedScore };
      const notFunded = async (reason: string, reserve: boolean) =>
        onApplication(w, candidate.applicationId, { type: 'MarkNotFunded', data: { reason, reserve }, context });
      if (candidate.verdict === 'barred') {
        await notFunded(BARRED_REASON, false);
        ranking.push({ ...base, outcome: 'barred', gpuHours: 0, allocationId: null });
        continue;
      }
      if (candidate.verdict === 'below-threshold') {
        await notFunded(`weighted score ${candidate.weightedScore} below the threshold ${scoring.threshold}`, false);
        ranking.push({ ...base, outcome: 'below-threshold', gpuHours: 0, allocationId: null });
        continue;
      }
      const { state: app } = await loadApplication(w, candidate.applicationId);
      try {
        const award = await this.steps.award(w, context, app, { kind: 'cut-off', cutOffAt });
        ranking.push({ ...base, outcome: award.partial ? 'partial' : 'awarded', gpuHours: award.gpuHours, allocationId: award.allocationId });
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'capacity-short')) throw error;
        await notFunded(`not enough capacity at the cut-off of ${cutOffAt.toISOString()}: on the reserve list`, true);
        ranking.push({ ...base, outcome: 'reserve', gpuHours: 0, allocationId: null });
      }
    }
    await w.exec(callDecider, callStreamId(callId), { type: 'RecordCutOff', data: { index, ranking }, context });
  }

  /** What a cut-off ranks now: every open Large Scale application ready for an award and scored. */
  async candidates(w: Work): Promise<Candidate[]> {
    const candidates: Candidate[] = [];
    for (const applicationId of await this.summaries.openLargeScale(w.tx)) {
      const { state } = await loadApplication(w, applicationId);
      if (!isReadyForAward(state) || !state.scores) continue;
      candidates.push({ applicationId, organisationId: state.organisationId, weightedScore: state.scores.weightedScore, submittedAt: state.submittedAt, barred: await isOrganisationBarred(w, state.organisationId) });
    }
    return candidates;
  }

}

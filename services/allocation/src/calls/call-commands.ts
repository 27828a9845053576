import { Inject, Injectable } from '@nestjs/common';
import type { AccessMode } from '@hpc-access/contracts';
import { DomainError, fold, notFound, type CommandContext, type EventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import { ALLOCATION_STORE } from '../allocation.tokens';
import { ApplicationSummaries } from '../applications/read-models/application-summaries';
import { isReadyForAward } from '../applications/domain/allocation-application';
import { ConfigurationService } from '../configuration/configuration.service';
import { AllocationFlow, DEADLINES } from '../flow/allocation-flow';
import { UnitOfWork, type Trace, type Work } from '../flow/unit-of-work';
import { BARRED_REASON } from '../organisations/domain/standing';
import { callDecider, callStreamId, type CallEvent, type CallState } from './domain/call';
import { rank, type Candidate, type RankEntry } from './domain/ranking';

/** Large Scale calls: opening them with their cut-offs, and what happens at each cut-off. */
@Injectable()
export class CallCommands {
  constructor(
    private readonly units: UnitOfWork,
    private readonly flow: AllocationFlow,
    private readonly configs: ConfigurationService,
    @Inject(ALLOCATION_STORE) private readonly store: EventStore,
    private readonly summaries: ApplicationSummaries,
  ) {}

  async load(callId: string): Promise<{ state: CallState; revision: number; events: RecordedEvent[] }> {
    const events = await this.store.readStream(callStreamId(callId));
    if (events.length === 0) throw notFound('call-not-found', `no call ${callId}`);
    return { state: fold(callDecider, events.map((e) => ({ type: e.type, data: e.data }) as CallEvent)), revision: events.length - 1, events };
  }

  /** Opens the call; each cut-off becomes a persisted deadline in the same transaction. */
  open(callId: string, mode: AccessMode, cutOffs: string[], context: CommandContext, trace: Trace): Promise<{ state: CallState; revision: number }> {
    return this.units.run(trace, async (w) => {
      const result = await w.exec(callDecider, callStreamId(callId), { type: 'OpenCall', data: { callId, mode, cutOffs }, context });
      for (const [index, at] of result.state.cutOffs.entries()) {
        await w.schedule(DEADLINES.cutOff(callId, index), 'RunCutOff', new Date(at), { callId, index }, context.now);
      }
      return { state: result.state, revision: result.revision };
    });
  }

  /**
   * The cut-off: every ready Large Scale application ranked by weighted score; below the
   * threshold not funded; then awarded in rank order within capacity, partially when at least
   * the minimum fraction fits, the rest on the reserve list. One unit of work, the scheduler's
   * transaction: every decision and the ranking commit with the deadline's "fired" mark, or none
   * does and the whole cut-off runs again.
   */
  async runCutOff(w: Work, callId: string, index: number, context: CommandContext): Promise<void> {
    const { state: call, revision } = await w.load(callDecider, callStreamId(callId));
    if (revision < 0) throw notFound('call-not-found', `no call ${callId}`);
    if (call.rankings[index] || call.cutOffs[index] === undefined) return;
    const cutOffAt = new Date(call.cutOffs[index]);
    const { scoring } = await this.configs.current(w.store);
    const candidates: Candidate[] = [];
    for (const applicationId of await this.summaries.openLargeScale(w.tx)) {
      const { state } = await this.flow.application(w, applicationId);
      if (!isReadyForAward(state) || !state.scores) continue;
      candidates.push({ applicationId, organisationId: state.organisationId, weightedScore: state.scores.weightedScore, submittedAt: state.submittedAt, barred: await this.flow.isBarred(w, state.organisationId) });
    }
    const ranking: RankEntry[] = [];
    for (const candidate of rank(candidates, scoring.threshold)) {
      const base = { rank: candidate.rank, applicationId: candidate.applicationId, organisationId: candidate.organisationId, weightedScore: candidate.weightedScore };
      const notFunded = async (reason: string, reserve: boolean) =>
        this.flow.applicationCommand(w, candidate.applicationId, { type: 'MarkNotFunded', data: { reason, reserve }, context });
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
      const { state: app } = await this.flow.application(w, candidate.applicationId);
      try {
        const award = await this.flow.award(w, context, app, { kind: 'cut-off', cutOffAt });
        ranking.push({ ...base, outcome: award.partial ? 'partial' : 'awarded', gpuHours: award.gpuHours, allocationId: award.allocationId });
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'capacity-short')) throw error;
        await notFunded(`not enough capacity at the cut-off of ${cutOffAt.toISOString()}: on the reserve list`, true);
        ranking.push({ ...base, outcome: 'reserve', gpuHours: 0, allocationId: null });
      }
    }
    await w.exec(callDecider, callStreamId(callId), { type: 'RecordCutOff', data: { index, ranking }, context });
  }

}
